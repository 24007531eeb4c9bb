package org.prr.agent.transport;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
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
     * @throws RestClientException when the portal cannot be reached, refuses, or answers with something else than
     *     entries with every field the hash covers
     */
    public List<ChainEntry> entries(long fromSeq, int limit) {
        ChainEntry[] entries = get("/api/v1/ledger/own?fromSeq=" + fromSeq + "&limit=" + limit, ChainEntry[].class);
        if (entries == null) {
            throw malformed("no entries");
        }
        for (ChainEntry e : entries) {
            if (e == null
                    || Stream.of(
                                    e.platformId(),
                                    e.type(),
                                    e.recordedAt(),
                                    e.payload(),
                                    e.payloadHash(),
                                    e.prevHash(),
                                    e.entryHash())
                            .anyMatch(Objects::isNull)) {
                throw malformed(
                        "an entry without every field its hash covers" + (e == null ? "" : " (seq " + e.seq() + ")"));
            }
        }
        return List.of(entries);
    }

    /**
     * @throws RestClientException when the portal cannot be reached, refuses, or answers with something else than a
     *     public key and whole checkpoints
     */
    public CheckpointExport checkpoint() {
        CheckpointExport export = get("/api/v1/ledger/own/checkpoint", CheckpointExport.class);
        if (export == null || export.publicKey() == null) {
            throw malformed("no public key");
        }
        if (export.checkpoints() != null
                && export.checkpoints().stream()
                        .anyMatch(c -> c == null
                                || Stream.of(c.platformId(), c.entryHash(), c.issuedAt(), c.signature())
                                        .anyMatch(Objects::isNull))) {
            throw malformed("a checkpoint without every field it is signed with");
        }
        return export;
    }

    private static RestClientException malformed(String what) {
        return new RestClientException("the portal answered with " + what);
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
