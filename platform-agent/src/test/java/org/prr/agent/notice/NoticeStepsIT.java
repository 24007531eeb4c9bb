package org.prr.agent.notice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.PortalStub;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A notice step that fails waits longer after each failure, up to the cap, instead of being tried every two seconds;
 * an acknowledgement the portal refuses for good (404) ends, with its reason, after one request.
 */
@AgentIntegrationTest
class NoticeStepsIT {

    static final String NOTICE_ID = "4f8e1c2a-0000-4000-8000-00000000b002";

    @RegisterExtension
    static WireMockExtension portal = PortalStub.server();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        PortalStub.asPortal(registry, portal);
        registry.add("agent.notices.wait-seconds", () -> "1");
        registry.add("agent.delivery.initial-backoff", () -> "1s");
        registry.add("agent.delivery.max-backoff", () -> "4s");
    }

    @Autowired
    NoticeInbox inbox;

    @Test
    void aRefusedReceiptEndsAfterOneRequestAndFailuresBackOffUpToTheCap() {
        portal.stubFor(get(urlPathEqualTo("/api/v1/notices"))
                .withQueryParam("after", equalTo("0"))
                .willReturn(okJson(
                        """
                        {"notices":[{"noticeId":"%s","cursor":7,"kind":"STAFF","reference":null,
                          "issuedBy":"CN-50","audience":"PLATFORM",
                          "platformId":"it-platform","tier":null,"severity":"INFO","title":"已撤回的通知",
                          "body":"Withdrawn.","actionRequired":false,"respondBy":null,
                          "issuedAt":"2026-11-24T10:00:00Z"}],"cursor":7}"""
                                .formatted(NOTICE_ID))));
        portal.stubFor(get(urlPathEqualTo("/api/v1/notices"))
                .withQueryParam("after", equalTo("7"))
                .willReturn(okJson("{\"notices\":[],\"cursor\":7}").withFixedDelay(1000)));
        portal.stubFor(post(urlEqualTo("/api/v1/notices/" + NOTICE_ID + "/receipts"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"/problems/not-found\",\"status\":404,\"detail\":\"no notice\"}")));

        NoticeInbox.Received refused = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> inbox.recent(1).stream().findFirst().orElse(null),
                        r -> r != null && r.deliveryRefused() != null);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);

        assertThat(refused.deliveryRefused()).contains("404").contains("no notice");
        assertThat(refused.deliveredAt()).isNull();
        portal.verify(1, postRequestedFor(urlEqualTo("/api/v1/notices/" + NOTICE_ID + "/receipts")));
        assertThat(inbox.unfinished(false, false)).isEmpty();

        assertThat(inbox.failed(refused.notice(), NoticeInbox.Step.WEBHOOK, "502"))
                .hasSeconds(1);
        assertThat(inbox.unfinished(true, false))
                .as("waiting after the failure")
                .isEmpty();
        assertThat(inbox.failed(refused.notice(), NoticeInbox.Step.WEBHOOK, "502"))
                .hasSeconds(2);
        assertThat(inbox.failed(refused.notice(), NoticeInbox.Step.WEBHOOK, "502"))
                .hasSeconds(4);
        assertThat(inbox.failed(refused.notice(), NoticeInbox.Step.WEBHOOK, "502"))
                .as("capped")
                .hasSeconds(4);
    }
}
