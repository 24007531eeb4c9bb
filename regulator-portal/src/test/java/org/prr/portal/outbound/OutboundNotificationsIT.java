package org.prr.portal.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The jurisdiction's duty contacts are told of a new incident by e-mail (GreenMail) and by a webhook (WireMock)
 * signed with the portal's key; a webhook that fails is tried again; an incident's overdue follow-up is told too.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OutboundNotificationsIT {

    @RegisterExtension
    static WireMockExtension dutyDesk = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void outbound(DynamicPropertyRegistry registry) {
        registry.add("portal.outbound.poll-every", () -> "300ms");
        registry.add("portal.outbound.initial-backoff", () -> "500ms");
        registry.add("portal.outbound.smtp.host", () -> "127.0.0.1");
        registry.add(
                "portal.outbound.smtp.port",
                () -> Integer.toString(mail.getSmtp().getPort()));
        registry.add("portal.outbound.smtp.from", () -> "prr-portal@cac.example");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void dutyContactsAreToldOfANewIncidentByEmailAndSignedWebhookAndOfAnOverdueFollowUp(CapturedOutput output)
            throws Exception {
        PortalClient portal = new PortalClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String admin = "duty-admin-" + suffix;
        portal.createStaff(admin, admin + "-password", "CN-61", "ADMIN");
        TestPlatform platform = portal.registerNewPlatform("duty", "CN-61");
        dutyDesk.stubFor(post("/duty/cn-61")
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        dutyDesk.stubFor(post("/duty/cn-61")
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));

        Response email = addContact(portal, admin, "EMAIL", "duty@cn61.example");
        Response webhook = addContact(portal, admin, "WEBHOOK", dutyDesk.baseUrl() + "/duty/cn-61");
        assertThat(email.status()).isEqualTo(201);
        assertThat(webhook.status()).isEqualTo(201);
        assertThat(addContact(portal, admin, "EMAIL", "not an address").status())
                .isEqualTo(422);
        assertThat(addContact(portal, admin, "WEBHOOK", "file:///etc/passwd").status())
                .isEqualTo(422);
        assertThat(addContact(portal, admin, "EMAIL", "duty@cn61.example").status())
                .isEqualTo(422);
        assertThat(portal.asStaff(
                                admin,
                                admin + "-password",
                                "POST",
                                "/api/v1/admin/duty-contacts",
                                "{\"jurisdiction\":\"CN-50\",\"channel\":\"EMAIL\",\"address\":\"x@cq.example\"}")
                        .status())
                .as("another jurisdiction's contacts")
                .isEqualTo(422);

        Incident incident = new Incident(
                UUID.randomUUID(),
                platform.platformId(),
                Incident.Severity.CRITICAL,
                Category.VIOLENCE_GORE,
                OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(20),
                OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(10).truncatedTo(ChronoUnit.SECONDS),
                "直播间传播暴力画面",
                "一场直播出现暴力画面。",
                null,
                null,
                "值班编辑 029-0000-0000");
        assertThat(portal.send(portal.signed(
                                        platform.signer(),
                                        "POST",
                                        "/api/v1/incidents",
                                        CanonicalJson.write(incident),
                                        Instant.now())
                                .build())
                        .status())
                .isEqualTo(201);

        MimeMessage told = await().atMost(Duration.ofSeconds(20))
                .until(() -> mail.getReceivedMessages(), received -> received.length >= 1)[0];
        assertThat(told.getSubject()).isEqualTo("[重大事项 CRITICAL] Platform " + platform.platformId() + "：直播间传播暴力画面");
        assertThat(told.getAllRecipients()[0].toString()).isEqualTo("duty@cn61.example");
        assertThat(told.getContent().toString()).contains(incident.incidentId().toString());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> dutyDesk.verify(2, postRequestedFor(urlEqualTo("/duty/cn-61"))));
        List<LoggedRequest> calls = dutyDesk.findAll(postRequestedFor(urlEqualTo("/duty/cn-61")));
        LoggedRequest delivered = calls.get(1);
        String publicKey = portal.asAdmin("GET", "/api/v1/ledger/checkpoints")
                .json()
                .get("publicKey")
                .asText();
        assertThat(Ed25519Keys.verify(
                        Ed25519Keys.publicKeyFromBase64(publicKey),
                        delivered.getBody(),
                        Base64.getDecoder().decode(delivered.getHeader("X-Portal-Signature"))))
                .as("signed with the portal's key")
                .isTrue();
        JsonNode body = json.readTree(delivered.getBody());
        assertThat(body.get("event").asText()).isEqualTo("INCIDENT_REPORTED");
        assertThat(body.get("reference").asText()).isEqualTo("incident/" + incident.incidentId());
        JsonNode recorded = portal.asStaff(admin, admin + "-password", "GET", "/api/v1/outbound-notifications", null)
                .json();
        assertThat(recorded).hasSize(2);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> portal.asStaff(admin, admin + "-password", "GET", "/api/v1/outbound-notifications", null)
                        .json()
                        .findValuesAsText("status")
                        .equals(List.of("SENT", "SENT")));
        JsonNode webhookRow = portal
                .asStaff(admin, admin + "-password", "GET", "/api/v1/outbound-notifications", null)
                .json()
                .findParents("channel")
                .stream()
                .filter(n -> n.get("channel").asText().equals("WEBHOOK"))
                .findFirst()
                .orElseThrow();
        assertThat(webhookRow.get("attempts").asInt())
                .as("the 503, then the 204")
                .isEqualTo(2);
        assertThat(output.getOut())
                .as("the failed attempt is logged once, as a warning with the next try's time")
                .contains("failed (the webhook answered 503); trying again in")
                .doesNotContain("Exhausted after delivery attempt");

        // The platform's last word was thirteen hours ago: the CRITICAL follow-up clock is twelve.
        jdbc.update(
                "UPDATE incident SET last_heard_at = ? WHERE incident_id = ?",
                LocalDateTime.ofInstant(Instant.now().minus(13, ChronoUnit.HOURS), ZoneOffset.UTC),
                incident.incidentId().toString());
        portal.asAdmin("POST", "/api/v1/admin/evaluations");

        // The evaluation opens the overdue follow-up's flag and, for a KEY platform registered today, the CRITICAL
        // ANNUAL_MISSING of last year's report: both are told.
        List<String> subjects = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> Arrays.stream(mail.getReceivedMessages())
                                .map(OutboundNotificationsIT::subject)
                                .toList(),
                        received -> received.size() >= 3);
        assertThat(subjects)
                .anySatisfy(
                        subject -> assertThat(subject).startsWith("[重大事项续报逾期]").contains("INCIDENT_FOLLOW_UP_OVERDUE"))
                .anySatisfy(subject ->
                        assertThat(subject).startsWith("[问题线索 CRITICAL]").contains("ANNUAL_MISSING"));
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response addContact(PortalClient portal, String admin, String channel, String address) {
        return portal.asStaff(
                admin,
                admin + "-password",
                "POST",
                "/api/v1/admin/duty-contacts",
                "{\"jurisdiction\":\"CN-61\",\"channel\":\"%s\",\"address\":\"%s\"}".formatted(channel, address));
    }
}
