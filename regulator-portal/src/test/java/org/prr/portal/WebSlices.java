package org.prr.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.prr.model.signing.RequestSigner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What the {@link PortalWebTest} slices share: a request signed as an agent signs it, and the problem they expect. */
public final class WebSlices {

    private WebSlices() {}

    /** Signs the request now for {@code method} and {@code pathWithQuery} over {@code body}, and sends it. */
    public static MvcTestResult signed(
            MockMvcTester.MockMvcRequestBuilder request,
            RequestSigner signer,
            String method,
            String pathWithQuery,
            byte[] body) {
        signer.sign(method, pathWithQuery, body, Instant.now()).asMap().forEach(request::header);
        return request.exchange();
    }

    /** An RFC 9457 answer of the given status and {@code /problems/…} type, with no trace of the portal's insides. */
    public static void assertProblem(MvcTestResult result, int status, String type) {
        assertThat(result).hasStatus(status);
        assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(type);
        assertThat(result.getResponse().getContentAsByteArray()).asString().doesNotContain("Exception");
    }
}
