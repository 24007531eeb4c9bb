package org.prr.agent.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.PortalStub;
import org.prr.agent.outbox.DeliveryStatus;
import org.prr.agent.outbox.Outbox;
import org.prr.agent.settings.AgentSettings;
import org.prr.agent.status.AgentStatus;
import org.prr.model.MetricReport;
import org.prr.model.ReportFixtures;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestVerifier;
import org.prr.model.signing.SignatureHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The delivery routes against a portal played by WireMock, with the outbox on MariaDB. */
@AgentIntegrationTest
class DeliveryRouteIT {

    @RegisterExtension
    static WireMockExtension portal = PortalStub.server();

    @DynamicPropertySource
    static void portalAndQuickRetries(DynamicPropertyRegistry registry) {
        PortalStub.asPortal(registry, portal);
        PortalStub.quickDelivery(registry);
        registry.add("camel.component.http.response-timeout", () -> "1000");
        registry.add("camel.component.http.so-timeout", () -> "1000");
    }

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AgentSettings settings;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AgentStatus status;

    private MetricReport newReport() {
        return ReportFixtures.complaintsReport(settings.platformId());
    }

    /** Called after stubbing: the outbox is polled every 200 ms. */
    private void enqueue(MetricReport... reports) {
        transaction.executeWithoutResult(status -> {
            for (MetricReport report : reports) {
                outbox.enqueue(report);
            }
        });
    }

    private static String receipt(MetricReport report, long seq) {
        return PortalStub.receipt(report.reportId(), report.platformId(), seq);
    }

    private static void acceptWith201(MetricReport report, long seq) {
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .withRequestBody(containing(report.reportId().toString()))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(receipt(report, seq))));
    }

    /** Waits until the report's delivery has ended (delivered or rejected), as `agent status` would show it. */
    private Outbox.Delivery finished(MetricReport report) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> outbox.delivery(report.reportId()).orElseThrow(),
                        delivery -> delivery.status() != DeliveryStatus.PENDING);
    }

    private List<LoggedRequest> requestsFor(MetricReport report) {
        return portal.findAll(postRequestedFor(urlEqualTo("/api/v1/reports"))
                .withRequestBody(containing(report.reportId().toString())));
    }

    private void assertSignedByTheAgent(LoggedRequest request) throws Exception {
        PublicKey key =
                Ed25519Keys.publicKeyFromPem(Files.readString(settings.signing().publicKeyFile()));
        SignatureHeaders headers = new SignatureHeaders(
                request.getHeader(SignatureHeaders.PLATFORM_ID),
                request.getHeader(SignatureHeaders.KEY_ID),
                Long.parseLong(request.getHeader(SignatureHeaders.TIMESTAMP)),
                request.getHeader(SignatureHeaders.CONTENT_DIGEST),
                request.getHeader(SignatureHeaders.SIGNATURE));
        assertThat(headers.platformId()).isEqualTo("it-platform");
        assertThat(headers.keyId()).isEqualTo("it-key-1");
        assertThat(RequestVerifier.verify(key, "POST", "/api/v1/reports", request.getBody(), headers))
                .isEqualTo(RequestVerifier.Outcome.VALID);
    }

    @Test
    void deliversASignedReportAndStoresTheReceipt() throws Exception {
        MetricReport report = newReport();
        acceptWith201(report, 7);
        enqueue(report);

        Outbox.Delivery delivery = finished(report);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.ledgerSeq()).isEqualTo(7);
        assertThat(delivery.receipt()).contains(report.reportId().toString());
        List<LoggedRequest> requests = requestsFor(report);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Content-Type")).startsWith("application/json");
        assertSignedByTheAgent(requests.get(0));
    }

    @Test
    void retriesOn503UntilThePortalAcceptsAndKeepsLaterReportsWaiting() throws Exception {
        MetricReport first = newReport();
        MetricReport second = newReport();
        String busy = "portal-busy-" + UUID.randomUUID();
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(busy)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("still busy"));
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(busy)
                .whenScenarioStateIs("still busy")
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(busy)
                .whenScenarioStateIs("up")
                .withRequestBody(containing(first.reportId().toString()))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(receipt(first, 1))));
        acceptWith201(second, 2);
        enqueue(first, second);

        Outbox.Delivery firstDelivery = finished(first);
        Outbox.Delivery secondDelivery = finished(second);

        assertThat(firstDelivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(firstDelivery.attempts()).isEqualTo(3);
        assertThat(secondDelivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        List<LoggedRequest> all = portal.findAll(postRequestedFor(urlEqualTo("/api/v1/reports")));
        assertThat(all)
                .extracting(r -> r.getBodyAsString().contains(first.reportId().toString()) ? "first" : "second")
                .containsExactly("first", "first", "first", "second");
        for (LoggedRequest request : all) {
            assertSignedByTheAgent(request);
        }
    }

    @Test
    void retriesAfterAResponseTimeout() {
        MetricReport report = newReport();
        String slow = "portal-slow-" + UUID.randomUUID();
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(slow)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(201).withFixedDelay(3000).withBody(receipt(report, 1)))
                .willSetStateTo("fast"));
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(slow)
                .whenScenarioStateIs("fast")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(receipt(report, 1))));
        enqueue(report);

        Outbox.Delivery delivery = finished(report);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(2);
    }

    @Test
    void makesA422ADeadLetterWithTheProblemDeliversTheNextAndResendsItWhenAsked() {
        MetricReport refused = newReport();
        MetricReport next = newReport();
        String problem =
                """
                {"type":"/problems/validation","title":"Validation failed","status":422,\
                "errors":[{"field":"complaints.receivedByChannel","message":"must sum to received"}]}""";
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .withRequestBody(containing(refused.reportId().toString()))
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(problem)));
        acceptWith201(next, 1);
        enqueue(refused, next);

        Outbox.Delivery rejected = finished(refused);
        Outbox.Delivery delivered = finished(next);

        assertThat(rejected.status()).isEqualTo(DeliveryStatus.DEAD_LETTER);
        assertThat(rejected.httpStatus()).isEqualTo(422);
        assertThat(rejected.problem()).contains("complaints.receivedByChannel");
        assertThat(requestsFor(refused)).hasSize(1);
        assertThat(meters.counter("agent.delivery.errors", "status", "422").count())
                .isGreaterThanOrEqualTo(1);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);

        acceptWith201(refused, 2);
        assertThat(outbox.resend(refused.reportId().toString())).isTrue();
        assertThat(outbox.resend(refused.reportId().toString()))
                .as("only a dead letter is resent")
                .isFalse();
        Outbox.Delivery resent = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> outbox.delivery(refused.reportId()).orElseThrow(),
                        d -> d.status() == DeliveryStatus.DELIVERED);
        assertThat(resent.attempts()).isEqualTo(2);
        assertThat(requestsFor(refused)).hasSize(2);
    }

    @Test
    void waitsAsLongAsRetryAfterSaysOn429() {
        MetricReport report = newReport();
        String limited = "rate-limited-" + UUID.randomUUID();
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(limited)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2"))
                .willSetStateTo("allowed"));
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(limited)
                .whenScenarioStateIs("allowed")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(receipt(report, 1))));
        enqueue(report);

        Outbox.Delivery delivery = finished(report);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        List<LoggedRequest> attempts = requestsFor(report);
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(
                        attempts.get(0).getLoggedDate().toInstant(),
                        attempts.get(1).getLoggedDate().toInstant()))
                .as("Retry-After: 2 outweighs the 200 ms backoff cap")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void aRefusedClockIsRetriedInsteadOfBecomingADeadLetterAndShowsInStatus() {
        MetricReport report = newReport();
        String skewed = "skewed-clock-" + UUID.randomUUID();
        String refusal =
                """
                {"type":"/problems/unauthenticated","title":"Request not authenticated","status":401,
                 "detail":"X-Timestamp is 900 s behind the portal's clock","clockSkewSeconds":900}""";
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(skewed)
                .whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(containing(report.reportId().toString()))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(refusal)
                        .withFixedDelay(300))
                .willSetStateTo("still skewed"));
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(skewed)
                .whenScenarioStateIs("still skewed")
                .withRequestBody(containing(report.reportId().toString()))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(refusal)
                        .withFixedDelay(1500))
                .willSetStateTo("clock fixed"));
        portal.stubFor(post(urlEqualTo("/api/v1/reports"))
                .inScenario(skewed)
                .whenScenarioStateIs("clock fixed")
                .withRequestBody(containing(report.reportId().toString()))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(receipt(report, 3))));
        enqueue(report);

        AgentStatus.Snapshot refused =
                await().atMost(Duration.ofSeconds(20)).until(status::snapshot, now -> now.clockSkew() != null);
        Outbox.Delivery delivery = finished(report);

        assertThat(refused.clockSkew()).contains("900 s");
        assertThat(refused.healthy()).isFalse();
        assertThat(refused.deadLetters()).isEmpty();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(requestsFor(report)).hasSize(3);
        assertThat(status.snapshot().clockSkew()).isNull();
    }
}
