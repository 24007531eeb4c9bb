package org.prr.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@PortalIntegrationTest
@TestPropertySource(properties = "portal.intake.requests-per-minute=3")
class RateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void answers429WithRetryAfterOnceAPlatformIsOverItsLimitAndOnlyForThatPlatform() {
        PortalClient portal = new PortalClient(port);
        TestPlatform busy = portal.registerNewPlatform("r", "CN-50");
        TestPlatform quiet = portal.registerNewPlatform("r", "CN-50");
        for (int i = 0; i < 3; i++) {
            assertThat(portal.submit(busy, ReportFixtures.complaintsReport(busy.platformId()))
                            .status())
                    .isEqualTo(201);
        }

        Response limited = portal.submit(busy, ReportFixtures.complaintsReport(busy.platformId()));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().get("type").asText()).isEqualTo("/problems/rate-limited");
        assertThat(Long.parseLong(
                        limited.raw().headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + busy.platformId() + "/ledger")
                        .json())
                .hasSize(3);
        assertThat(portal.submit(quiet, ReportFixtures.complaintsReport(quiet.platformId()))
                        .status())
                .isEqualTo(201);
    }
}
