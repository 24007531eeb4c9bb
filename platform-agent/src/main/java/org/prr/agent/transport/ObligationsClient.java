package org.prr.agent.transport;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.Obligation;
import org.prr.model.signing.RequestSigner;
import org.prr.model.signing.SignatureHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Fetches the platform's reporting obligations from the portal with a signed {@code GET /api/v1/obligations}. */
@Component
public class ObligationsClient {

    private final RestClient http;
    private final RequestSigner signer;
    private final Clock clock;
    private final URI url;

    ObligationsClient(RestClient.Builder http, RequestSigner signer, AgentSettings settings, Clock clock) {
        this.http = http.build();
        this.signer = signer;
        this.clock = clock;
        this.url = URI.create(settings.portal().url().toString().replaceAll("/+$", "") + "/api/v1/obligations");
    }

    /** @throws RestClientException when the portal cannot be reached or refuses */
    public List<Obligation> fetch() {
        SignatureHeaders signature = signer.sign("GET", url.getRawPath(), new byte[0], clock.instant());
        Obligation[] obligations = http.get()
                .uri(url)
                .headers(h -> signature.asMap().forEach(h::set))
                .retrieve()
                .body(Obligation[].class);
        return obligations == null ? List.of() : List.of(obligations);
    }
}
