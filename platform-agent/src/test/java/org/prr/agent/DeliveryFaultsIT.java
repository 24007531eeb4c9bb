package org.prr.agent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults with real processes: the portal's jar, and the agent's jar killed with SIGKILL at the worst moments, its
 * state on MariaDB, reporting COMPLAINTS (from an empty table: the figures do not matter here). Whatever happens,
 * each report lands in the ledger exactly once, in period order.
 */
class DeliveryFaultsIT {

    /** Today where the agent processes (on the system clock) count their periods, asked when it is needed. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @RegisterExtension
    static WireMockExtension network = PortalStub.server();

    static PortalProcess portal;

    @BeforeAll
    static void startPortal() throws Exception {
        portal = PortalProcess.start();
    }

    @AfterAll
    static void stopPortal() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
    }

    static void awaitOutbox(
            AgentPlatform platform,
            AgentProcess agent,
            String what,
            java.util.function.Predicate<List<Map<String, Object>>> condition) {
        await(what)
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(300))
                .ignoreExceptions()
                .until(
                        () -> {
                            assertThat(agent.alive())
                                    .as("agent process; see " + agent.log())
                                    .isTrue();
                            return platform.outbox();
                        },
                        condition);
    }

    static void assertExactlyOnceInOrder(AgentPlatform platform, int reports) {
        assertExactlyOnceInOrder(portal, platform, reports);
    }

    static void assertExactlyOnceInOrder(PortalProcess portal, AgentPlatform platform, int reports) {
        List<Map<String, Object>> outbox = platform.outbox();
        assertThat(outbox).hasSize(reports).allSatisfy(row -> assertThat(row.get("status"))
                .isEqualTo("DELIVERED"));
        JsonNode ledger = portal.ledger(platform.id());
        assertThat(ledger).hasSize(reports);
        for (int i = 0; i < reports; i++) {
            assertThat(ledger.get(i).get("reportId").asText())
                    .isEqualTo(outbox.get(i).get("report_id"));
            assertThat(((Number) outbox.get(i).get("ledger_seq")).longValue()).isEqualTo(i + 1);
        }
        assertThat(portal.verification(platform.id()).get("valid").asBoolean()).isTrue();
    }

    @Test
    void killedAfterCommittingAReportAndBeforeSendingItTheRestartedAgentDeliversItOnce() throws Exception {
        AgentPlatform platform = AgentPlatform.register(portal, "fault-unsent", "KEY");
        try (AgentProcess first = AgentProcess.start(
                platform.workDir(),
                "agent-1.log",
                platform.agentArguments(portal.url(), "agent.delivery.poll-interval=1h"))) {
            awaitOutbox(platform, first, "the report committed, not sent", rows -> rows.size() == 1);
            assertThat(platform.outbox().get(0).get("attempts")).isEqualTo(0);
            first.kill();
        }
        assertThat(portal.ledger(platform.id())).isEmpty();

        try (AgentProcess second = AgentProcess.start(
                platform.workDir(),
                "agent-2.log",
                platform.agentArguments(portal.url(), "agent.delivery.poll-interval=500ms"))) {
            awaitOutbox(
                    platform,
                    second,
                    "the report delivered",
                    rows -> rows.size() == 1 && "DELIVERED".equals(rows.get(0).get("status")));
        }
        assertExactlyOnceInOrder(platform, 1);
        assertThat(platform.outbox().get(0).get("period_start").toString())
                .isEqualTo(today().minusDays(1).toString());
    }

    @Test
    void killedAfterThePortalAcceptedAndBeforeTheReceiptWasStoredTheResendIsAReplay() throws Exception {
        AgentPlatform platform = AgentPlatform.register(portal, "fault-unanswered", "KEY");
        network.stubFor(
                get(urlEqualTo("/api/v1/obligations")).willReturn(aResponse().proxiedFrom(portal.url())));
        network.stubFor(post(urlEqualTo("/api/v1/reports"))
                .willReturn(aResponse().proxiedFrom(portal.url()).withFixedDelay(120_000)));
        try (AgentProcess first = AgentProcess.start(
                platform.workDir(),
                "agent-1.log",
                platform.agentArguments(network.baseUrl(), "agent.delivery.poll-interval=500ms"))) {
            await("the portal accepted the report")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> portal.ledger(platform.id()).size() == 1);
            assertThat(platform.outbox().get(0).get("status"))
                    .as("no answer yet")
                    .isEqualTo("PENDING");
            first.kill();
        }

        try (AgentProcess second = AgentProcess.start(
                platform.workDir(),
                "agent-2.log",
                platform.agentArguments(portal.url(), "agent.delivery.poll-interval=500ms"))) {
            awaitOutbox(
                    platform,
                    second,
                    "the receipt stored",
                    rows -> rows.size() == 1 && "DELIVERED".equals(rows.get(0).get("status")));
        }
        assertExactlyOnceInOrder(platform, 1);
        assertThat(platform.outbox().get(0).get("attempts"))
                .as("sent, killed, sent again")
                .isEqualTo(2);
    }

    @Test
    void whileThePortalIsDownReportsQueueAndAllArriveInPeriodOrderWhenItReturns() throws Exception {
        AgentPlatform platform = AgentPlatform.register(portal, "fault-down", "KEY");
        network.stubFor(
                get(urlEqualTo("/api/v1/obligations")).willReturn(aResponse().proxiedFrom(portal.url())));
        network.stubFor(
                post(urlEqualTo("/api/v1/reports")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (AgentProcess agent = AgentProcess.start(
                platform.workDir(),
                "agent.log",
                platform.agentArguments(
                        network.baseUrl(),
                        "agent.delivery.poll-interval=500ms",
                        "agent.schedule.backfill-from=" + today().minusDays(4)))) {
            awaitOutbox(
                    platform,
                    agent,
                    "four days computed while the portal is down, the first tried again",
                    rows -> rows.size() == 4 && ((Number) rows.get(0).get("attempts")).intValue() >= 3);
            assertThat(portal.ledger(platform.id())).isEmpty();

            network.resetAll();
            network.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(portal.url())));

            awaitOutbox(platform, agent, "all delivered after the portal returned", rows -> rows.stream()
                    .allMatch(r -> "DELIVERED".equals(r.get("status"))));
        }
        assertExactlyOnceInOrder(platform, 4);
    }

    @Test
    void killedWhileComputingAPeriodTheRestartedAgentComputesItAgainAndDeliversIt() throws Exception {
        AgentPlatform platform = AgentPlatform.register(portal, "fault-computing", "KEY");
        try (AgentProcess first = AgentProcess.start(
                platform.workDir(), "agent-1.log", platform.agentArguments(portal.url(), platform.hangingSource()))) {
            await("the COMPLAINTS job running")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(300))
                    .ignoreExceptions()
                    .until(() -> platform.agentDb()
                                    .queryForObject(
                                            "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE status = 'STARTED'",
                                            Integer.class)
                            == 1);
            first.kill();
        }
        assertThat(platform.outbox()).isEmpty();

        try (AgentProcess second = AgentProcess.start(
                platform.workDir(),
                "agent-2.log",
                platform.agentArguments(portal.url(), "agent.delivery.poll-interval=500ms"))) {
            awaitOutbox(
                    platform,
                    second,
                    "the period computed again and delivered",
                    rows -> rows.size() == 1 && "DELIVERED".equals(rows.get(0).get("status")));
        }
        assertExactlyOnceInOrder(platform, 1);
        assertThat(platform.agentDb()
                        .queryForList("SELECT status FROM BATCH_JOB_EXECUTION ORDER BY job_execution_id", String.class))
                .containsExactly("FAILED", "COMPLETED");
    }

    /** The id of the COMPLAINTS report the agent logged as computed, once it has also logged the job COMPLETED. */
    static String computedAndCompleted(Path log) throws java.io.IOException {
        String text = Files.readString(log);
        java.util.regex.Matcher computed = java.util.regex.Pattern.compile("Computed COMPLAINTS report (\\S+)")
                .matcher(text);
        if (!computed.find()) {
            return null;
        }
        int completed = text.indexOf("{value=COMPLAINTS", computed.end());
        return completed > 0 && text.indexOf("status: [COMPLETED]", completed) > 0 ? computed.group(1) : null;
    }

    @Test
    void anAgentOnItsEmbeddedDefaultKilledJustAfterAJobCompletedKeepsTheReportItComputed() throws Exception {
        AgentPlatform platform = AgentPlatform.register(portal, "fault-agent-h2", "KEY");
        String computed;
        try (AgentProcess first = AgentProcess.start(
                platform.workDir(),
                "agent-1.log",
                onEmbeddedDefault(platform.agentArguments(portal.url(), "agent.delivery.poll-interval=1h")))) {
            computed = await("the COMPLAINTS job logged COMPLETED")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> computedAndCompleted(first.log()), java.util.Objects::nonNull);
            first.kill();
        }

        try (AgentProcess second = AgentProcess.start(
                platform.workDir(),
                "agent-2.log",
                onEmbeddedDefault(platform.agentArguments(portal.url(), "agent.delivery.poll-interval=500ms")))) {
            await("the report delivered")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> {
                        assertThat(second.alive())
                                .as("agent process; see " + second.log())
                                .isTrue();
                        return portal.ledger(platform.id()).size() == 1;
                    });
        }
        JsonNode ledger = portal.ledger(platform.id());
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).get("reportId").asText())
                .as("the report computed before the kill, not a new one")
                .isEqualTo(computed);
    }

    /** The agent's own state in its embedded H2 default (./data/agent in its working directory), not MariaDB. */
    static List<String> onEmbeddedDefault(List<String> arguments) {
        List<String> embedded = new ArrayList<>(arguments);
        embedded.removeIf(a -> a.startsWith("spring.datasource."));
        return embedded;
    }

    static long delivered(AgentPlatform platform) {
        return platform.outbox().stream()
                .filter(r -> "DELIVERED".equals(r.get("status")))
                .count();
    }

    @Test
    void thePortalOnItsEmbeddedDatabaseKilledWhileReportsArriveKeepsEveryReportItGaveAReceiptFor() throws Exception {
        int days = 40;
        try (PortalProcess embedded = PortalProcess.start()) {
            AgentPlatform platform = AgentPlatform.register(embedded, "fault-h2", "KEY");
            try (AgentProcess agent = AgentProcess.start(
                    platform.workDir(),
                    "agent.log",
                    platform.agentArguments(
                            embedded.url(),
                            "agent.delivery.poll-interval=200ms",
                            "agent.schedule.backfill-from=" + today().minusDays(days)))) {
                for (int kill = 1; kill <= 4; kill++) {
                    long before = kill == 1 ? 0 : delivered(platform);
                    if (before == days) {
                        break; // every report had its receipt before this start could give one
                    }
                    awaitOutbox(
                            platform,
                            agent,
                            "a receipt given since the portal's last start (kill " + kill + ")",
                            rows -> delivered(platform) > before);
                    if (delivered(platform) == days) {
                        break;
                    }
                    embedded.kill();
                    embedded.restart();
                }
                awaitOutbox(
                        platform,
                        agent,
                        "all " + days + " days delivered",
                        rows -> rows.size() == days
                                && rows.stream().allMatch(r -> "DELIVERED".equals(r.get("status"))));
            }
            assertExactlyOnceInOrder(embedded, platform, days);
        }
    }
}
