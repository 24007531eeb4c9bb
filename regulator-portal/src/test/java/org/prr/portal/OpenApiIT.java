package org.prr.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.testing.MappedEndpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The API description at /v3/api-docs is held to the controllers: every operation, its security, body and answers. */
@PortalIntegrationTest
class OpenApiIT {

    private static final Set<String> PUBLIC = Set.of(
            "/error", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/v3/api-docs/{group}");

    /** The web UI's pages and sign-in page: not part of the API. */
    private static boolean api(MappedEndpoints.Endpoint endpoint) {
        return !endpoint.pattern().startsWith("/ui") && !endpoint.pattern().equals("/login");
    }

    private static final String PROBLEM = "#/components/schemas/Problem";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode api;

    @BeforeEach
    void readDescription() {
        PortalClient.Response description = new PortalClient(port).asStaff(null, null, "GET", "/v3/api-docs", null);
        assertThat(description.status()).isEqualTo(200);
        api = description.json();
        assertThat(api.get("openapi").asText()).startsWith("3.");
    }

    private JsonNode operation(String method, String pattern) {
        return api.path("paths").path(pattern).path(method.toLowerCase(Locale.ROOT));
    }

    private static List<String> codes(JsonNode operation) {
        return iterable(operation.path("responses").fieldNames());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void everyEndpointIsDescribedWithItsSecurityASuccessAndItsProblems() {
        for (MappedEndpoints.Endpoint endpoint : MappedEndpoints.of(mappings, PUBLIC).stream()
                .filter(OpenApiIT::api)
                .toList()) {
            JsonNode operation = operation(endpoint.method(), endpoint.pattern());
            assertThat(operation.isMissingNode()).as(endpoint + " is described").isFalse();
            assertThat(operation.path("security").path(0).fieldNames().next())
                    .as(endpoint + " security")
                    .isIn("platformSignature", "staff");
            List<String> codes = codes(operation);
            assertThat(codes).as(endpoint + " answers").contains("401").anyMatch(code -> code.startsWith("2"));
            codes.stream().filter(code -> code.startsWith("4")).forEach(code -> assertThat(operation
                            .path("responses")
                            .path(code)
                            .path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asText())
                    .as(endpoint + " " + code)
                    .isEqualTo(PROBLEM));
        }
    }

    @Test
    void aReportSubmissionIsSignedCarriesAMetricReportAndAnswersAsIntakeDoes() {
        JsonNode submit = operation("POST", "/api/v1/reports");
        assertThat(submit.path("security").path(0).has("platformSignature")).isTrue();
        assertThat(submit.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/MetricReport");
        assertThat(codes(submit))
                .containsExactlyInAnyOrder("201", "200", "400", "401", "403", "409", "413", "415", "422", "429");
        assertThat(submit.path("parameters").isMissingNode())
                .as("the signed call is no parameter")
                .isTrue();
        assertThat(api.path("components").path("schemas").fieldNames())
                .toIterable()
                .contains("MetricReport", "ComplaintsSection", "Period", "Receipt", "Incident", "IncidentUpdate");
    }

    @Test
    void staffCallsSayWhatTheyCreateAndWhoMayCallThem() {
        JsonNode register = operation("POST", "/api/v1/admin/platforms");
        assertThat(register.path("security").path(0).has("staff")).isTrue();
        assertThat(codes(register)).contains("201", "400", "401", "403", "415", "422");
        assertThat(register.path("requestBody").isMissingNode()).isFalse();
        assertThat(codes(operation("POST", "/api/v1/admin/platforms/{platformId}/keys/{keyId}/revocation")))
                .contains("204", "404");
        assertThat(codes(operation("POST", "/api/v1/notices/{noticeId}/acknowledgements")))
                .contains("201", "200", "404", "429");
    }
}
