package org.prr.agent.transport;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.ledger.ChainEntry;
import org.prr.model.ledger.CheckpointExport;
import org.prr.model.signing.RequestSigner;
import org.prr.model.signing.SignatureHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Reads the platform's own chain and a signed checkpoint of its head from the portal, with signed requests. */
@Component
public class LedgerClient {

    private final RestClient http;
    private final RequestSigner signer;
    private final Clock clock;
    private final String base;
    private final String basePath;

    LedgerClient(RestClient.Builder http, RequestSigner signer, AgentSettings settings, Clock clock) {
        this.http = http.build();
        this.signer = signer;
        this.clock = clock;
        this.base = settings.portal().url().toString().replaceAll("/+$", "");
        this.basePath = URI.create(base).getRawPath();
    }

    /**
     * The chain's entries from {@code fromSeq} on, oldest first, at most {@code limit} (1000).
     *
     * @throws RestClientException when the portal cannot be reached or refuses
     */
    public List<ChainEntry> entries(long fromSeq, int limit) {
        ChainEntry[] entries = get("/api/v1/ledger/own?fromSeq=" + fromSeq + "&limit=" + limit, ChainEntry[].class);
        return entries == null ? List.of() : List.of(entries);
    }

    /** @throws RestClientException when the portal cannot be reached or refuses */
    public CheckpointExport checkpoint() {
        return get("/api/v1/ledger/own/checkpoint", CheckpointExport.class);
    }

    private <T> T get(String pathWithQuery, Class<T> type) {
        SignatureHeaders signature = signer.sign("GET", basePath + pathWithQuery, new byte[0], clock.instant());
        return http.get()
                .uri(URI.create(base + pathWithQuery))
                .headers(h -> signature.asMap().forEach(h::set))
                .retrieve()
                .body(type);
    }
}
