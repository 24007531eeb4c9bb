package org.prr.agent;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The portal, or a platform's own system, as the agent's tests meet it: a WireMock server on a free port, and the
 * portal's receipt. Each test registers the server as a {@code @RegisterExtension} field and stubs what it needs.
 */
public final class PortalStub {

    private PortalStub() {}

    /** A WireMock server on a free port. */
    public static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort())
                .build();
    }

    /** The agent under test calls {@code portal} as its portal. */
    public static void asPortal(DynamicPropertyRegistry registry, WireMockExtension portal) {
        registry.add("agent.portal.url", portal::baseUrl);
    }

    /** Delivery polls every 200 ms and retries after 50 ms, up to 200 ms, so tests see outcomes at once. */
    public static void quickDelivery(DynamicPropertyRegistry registry) {
        registry.add("agent.delivery.poll-interval", () -> "200ms");
        registry.add("agent.delivery.initial-backoff", () -> "50ms");
        registry.add("agent.delivery.max-backoff", () -> "200ms");
    }

    /** The portal's receipt for the document {@code id}, appended as ledger entry {@code seq}. */
    public static String receipt(Object id, String platformId, long seq) {
        return """
                {"reportId":"%s","platformId":"%s","ledgerSeq":%d,"entryHash":"%s","receivedAt":"%s"}"""
                .formatted(id, platformId, seq, "ab".repeat(32), Instant.now());
    }
}
