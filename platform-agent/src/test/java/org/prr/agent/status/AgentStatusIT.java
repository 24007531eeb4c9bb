package org.prr.agent.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.cli.AgentCommands;
import org.prr.agent.outbox.Outbox;
import org.prr.agent.scheduling.ObligationBook;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Obligation;
import org.prr.model.ReportFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Health, Prometheus metrics and {@code agent status} read the same outbox state; delivery is held here. */
@AgentIntegrationTest
@AutoConfigureObservability
@TestPropertySource(properties = {"camel.main.auto-startup=false", "agent.delivery.stuck-after=1s"})
class AgentStatusIT {

    @Autowired
    HealthEndpoint health;

    @Autowired
    PrometheusMeterRegistry prometheus;

    @Autowired
    AgentCommands commands;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AgentSettings settings;

    @Autowired
    ObligationBook book;

    @Autowired
    Clock clock;

    String status() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        commands.run(new DefaultApplicationArguments("status"), new PrintStream(out), System.err);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void turnsDownWhenTheOutboxIsStuckAndWhenADeadLetterWaits() {
        assertThat(health.healthForPath("outbox").getStatus()).isEqualTo(Status.UP);
        assertThat(status()).contains(": UP", "Outbox: 0 waiting", "Dead letters: 0");

        MetricReport waiting = ReportFixtures.complaintsReport(settings.platformId());
        MetricReport refused = ReportFixtures.complaintsReport(settings.platformId());
        transaction.executeWithoutResult(tx -> {
            outbox.enqueue(waiting);
            outbox.enqueue(refused);
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> health.healthForPath("outbox").getStatus(), Status.DOWN::equals);
        assertThat(status()).contains(": DOWN", "Outbox: 2 waiting", "STUCK");

        long refusedRow = outbox.pending(10).get(1).id();
        outbox.markDeadLetter(refusedRow, 422, "{\"errors\":[{\"field\":\"complaints.received\"}]}");

        assertThat(status())
                .contains(
                        "Dead letters: 1",
                        refused.reportId().toString(),
                        "HTTP 422",
                        "complaints.received",
                        "recompute --report");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(prometheus.scrape())
                .contains("agent_dead_letters 1.0")
                .contains("agent_outbox_depth 1.0")
                .containsPattern("agent_outbox_oldest_undelivered_seconds [1-9]"));
        assertThat(commands.run(
                        new DefaultApplicationArguments("status"),
                        new PrintStream(new ByteArrayOutputStream()),
                        System.err))
                .as("exit code when unhealthy")
                .isEqualTo(1);
    }

    @Test
    void turnsDownWhenAPeriodIsPastItsDueTimeWithoutADeliveredReport() {
        ZoneId chongqing = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(clock.withZone(chongqing));
        book.replaceAll(
                List.of(new Obligation(
                        MetricFamily.TAKEDOWNS,
                        Cadence.DAY,
                        Duration.ofHours(1),
                        chongqing,
                        Obligation.Source.TIER_DEFAULT)),
                today.minusDays(3));
        try {
            assertThat(health.healthForPath("outbox").getStatus()).isEqualTo(Status.DOWN);
            assertThat(status())
                    .contains(": DOWN", "TAKEDOWNS every DAY", "OVERDUE: ", "the oldest from " + today.minusDays(3));
        } finally {
            book.replaceAll(List.of(), null);
        }
        assertThat(status()).doesNotContain("OVERDUE");
    }
}
