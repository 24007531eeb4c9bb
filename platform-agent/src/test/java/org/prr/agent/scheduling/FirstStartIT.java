package org.prr.agent.scheduling;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.PortalStub;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A new agent asks for its obligations (and so catches up) as soon as its scheduler runs, even when the scheduler
 * starts well after the refresh trigger was made: on a loaded 2-core machine start-up often took longer than
 * Quartz's misfire threshold, and the first refresh then waited an hour.
 */
@AgentIntegrationTest
@TestPropertySource(
        properties = {
            "spring.quartz.auto-startup=true",
            "spring.quartz.startup-delay=8s",
            "camel.main.auto-startup=false"
        })
class FirstStartIT {

    @RegisterExtension
    static WireMockExtension portal = PortalStub.server();

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        PortalStub.asPortal(registry, portal);
    }

    @BeforeAll
    static void noObligations() {
        portal.stubFor(get("/api/v1/obligations").willReturn(okJson("[]")));
    }

    @Test
    void fetchesTheObligationsAtOnceWhenTheSchedulerStartsLate() {
        await("the first obligations request")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> portal.verify(getRequestedFor(urlEqualTo("/api/v1/obligations"))));
    }
}
