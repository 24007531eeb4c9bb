package org.prr.agent.notice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.PortalStub;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * A notice long-polled from a portal played by WireMock is stored with its cursor, its receipt sent (signed), posted
 * to the platform's webhook (WireMock; it fails once) and e-mailed (GreenMail), each once; a named person's
 * acknowledgement through the local API is recorded once and then sent signed.
 */
@AgentIntegrationTest
@AutoConfigureMockMvc
class NoticesIT {

    static final String NOTICE_ID = "4f8e1c2a-0000-4000-8000-00000000a001";

    @RegisterExtension
    static WireMockExtension portal = PortalStub.server();

    @RegisterExtension
    static WireMockExtension platformSystems = PortalStub.server();

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        PortalStub.asPortal(registry, portal);
        registry.add("agent.notices.wait-seconds", () -> "1");
        registry.add("agent.notices.webhook", () -> platformSystems.baseUrl() + "/compliance/notices");
        registry.add("agent.notices.email.to", () -> "compliance@platform.example,duty@platform.example");
        registry.add("agent.notices.email.host", () -> "127.0.0.1");
        registry.add(
                "agent.notices.email.port",
                () -> Integer.toString(mail.getSmtp().getPort()));
        registry.add("agent.delivery.initial-backoff", () -> "100ms");
    }

    @Autowired
    NoticeInbox inbox;

    @Autowired
    MockMvc http;

    @Test
    void storesReceiptsAndForwardsEachNoticeOnceThenSendsAPersonsAcknowledgement() throws Exception {
        portal.stubFor(get(urlPathEqualTo("/api/v1/notices"))
                .withQueryParam("after", equalTo("0"))
                .willReturn(okJson(
                        """
                        {"notices":[{"noticeId":"%s","cursor":5,"kind":"STAFF","reference":null,
                          "issuedBy":"CN-50","audience":"PLATFORM",
                          "platformId":"it-platform","tier":null,"severity":"URGENT","title":"限期整改通知",
                          "body":"Remove the listed accounts within 24 hours.","actionRequired":true,
                          "respondBy":"2026-11-26T00:00:00+08:00","issuedAt":"2026-11-24T10:00:00Z"}],
                         "cursor":5}"""
                                .formatted(NOTICE_ID))));
        portal.stubFor(get(urlPathEqualTo("/api/v1/notices"))
                .withQueryParam("after", equalTo("5"))
                .willReturn(okJson("{\"notices\":[],\"cursor\":5}").withFixedDelay(1000)));
        portal.stubFor(post(urlEqualTo("/api/v1/notices/" + NOTICE_ID + "/receipts"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(PortalStub.receipt(NOTICE_ID, "it-platform", 3))));
        portal.stubFor(post(urlEqualTo("/api/v1/notices/" + NOTICE_ID + "/acknowledgements"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(PortalStub.receipt(NOTICE_ID, "it-platform", 4))));
        platformSystems.stubFor(post("/compliance/notices")
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502))
                .willSetStateTo("up"));
        platformSystems.stubFor(post("/compliance/notices")
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));

        NoticeInbox.Received received = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> inbox.recent(1).stream().findFirst().orElse(null),
                        r -> r != null && r.deliveredAt() != null && r.webhookAt() != null && r.emailedAt() != null);

        assertThat(received.notice().title()).isEqualTo("限期整改通知");
        assertThat(inbox.cursor()).isEqualTo(5);
        portal.verify(
                1,
                postRequestedFor(urlEqualTo("/api/v1/notices/" + NOTICE_ID + "/receipts"))
                        .withHeader("X-Signature", matching(".+"))
                        .withHeader("X-Platform-Id", equalTo("it-platform")));
        platformSystems.verify(
                2,
                postRequestedFor(urlEqualTo("/compliance/notices"))
                        .withRequestBody(matchingJsonPath("$.noticeId", equalTo(NOTICE_ID))));
        MimeMessage[] emails = mail.getReceivedMessages();
        assertThat(emails).hasSize(2);
        assertThat(emails[0].getSubject()).isEqualTo("[监管通知 URGENT] 限期整改通知");
        assertThat(GreenMailUtil.getBody(emails[0])).contains("Remove the listed accounts", "yes, by 2026-11-26");
        http.perform(MockMvcRequestBuilders.get("/notices"))
                .andExpect(MockMvcResultMatchers.jsonPath("$[0].notice.title").value("限期整改通知"));
        portal.verify(0, postRequestedFor(urlEqualTo("/api/v1/notices/" + NOTICE_ID + "/acknowledgements")));

        // Then a named person acknowledges it through the local API: recorded once, sent signed.
        http.perform(acknowledgement("/notices/" + NOTICE_ID + "/acknowledgement", "{\"by\":\" \"}"))
                .andExpect(MockMvcResultMatchers.status().isUnprocessableEntity())
                .andExpect(MockMvcResultMatchers.jsonPath("$.errors[0].field").value("acknowledgedBy"));
        http.perform(acknowledgement(
                        "/notices/" + NOTICE_ID + "/acknowledgement",
                        "{\"by\":\"王芳（内容安全部）\",\"reply\":\"已部署整改，24小时内完成。\"}"))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath("$.acknowledgedBy").value("王芳（内容安全部）"));
        http.perform(acknowledgement("/notices/" + NOTICE_ID + "/acknowledgement", "{\"by\":\"李明\"}"))
                .andExpect(MockMvcResultMatchers.status().isConflict())
                .andExpect(
                        MockMvcResultMatchers.jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("王芳")));
        http.perform(acknowledgement(
                        "/notices/4f8e1c2a-0000-4000-8000-00000000ffff/acknowledgement", "{\"by\":\"李明\"}"))
                .andExpect(MockMvcResultMatchers.status().isNotFound());

        NoticeInbox.Received sent = await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.find(java.util.UUID.fromString(NOTICE_ID)), r -> r.acknowledgementSentAt() != null);

        assertThat(sent.reply()).isEqualTo("已部署整改，24小时内完成。");
        portal.verify(
                1,
                postRequestedFor(urlEqualTo("/api/v1/notices/" + NOTICE_ID + "/acknowledgements"))
                        .withHeader("X-Signature", matching(".+"))
                        .withRequestBody(matchingJsonPath("$.acknowledgedBy", equalTo("王芳（内容安全部）")))
                        .withRequestBody(matchingJsonPath("$.reply", equalTo("已部署整改，24小时内完成。")))
                        .withRequestBody(matchingJsonPath("$.noticeId", equalTo(NOTICE_ID))));
    }

    static MockHttpServletRequestBuilder acknowledgement(String path, String json) {
        return MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }
}
