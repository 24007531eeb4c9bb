package org.prr.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Verifying a chain while reports are appended to it never reports it broken, also at READ COMMITTED (which many
 * MySQL installations use, and H2's default), where each statement of the verification sees newer commits.
 */
@PortalIntegrationTest
@TestPropertySource(
        properties = {
            "spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED",
            "portal.intake.requests-per-minute=1000000"
        })
class VerificationDuringAppendsIT {

    @LocalServerPort
    int port;

    @Test
    void aChainBeingAppendedToVerifiesEveryTime() throws Exception {
        PortalClient portal = new PortalClient(port);
        TestPlatform platform = portal.registerNewPlatform("v", "CN-50");
        // More than one page of verification (1,000 entries), so each verification spans many milliseconds.
        List<CompletableFuture<Void>> prefill = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            prefill.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 260; i++) {
                    portal.submit(platform, ReportFixtures.complaintsReport(platform.platformId()));
                }
            }));
        }
        CompletableFuture.allOf(prefill.toArray(CompletableFuture[]::new)).get();
        AtomicBoolean appending = new AtomicBoolean(true);
        List<CompletableFuture<Void>> appenders = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            appenders.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 60; i++) {
                    assertThat(portal.submit(platform, ReportFixtures.complaintsReport(platform.platformId()))
                                    .status())
                            .isEqualTo(201);
                }
            }));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(appenders.toArray(CompletableFuture[]::new))
                .whenComplete((done, failure) -> appending.set(false));

        List<JsonNode> verifications = new ArrayList<>();
        while (appending.get()) {
            verifications.add(
                    portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification")
                            .json());
        }
        all.get();

        assertThat(verifications)
                .as("verifications while appends ran")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(v ->
                        assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue());
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification")
                        .json()
                        .get("entries")
                        .asLong())
                .isEqualTo(1040 + 180);
    }
}
