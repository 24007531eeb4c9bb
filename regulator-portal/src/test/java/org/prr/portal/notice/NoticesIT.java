package org.prr.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@PortalIntegrationTest
class NoticesIT {

    @LocalServerPort
    int port;

    PortalClient portal;
    TestPlatform chongqing;
    TestPlatform beijing;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        chongqing = portal.registerPlatform("cq-" + suffix, "CN-50");
        beijing = portal.registerPlatform("bj-" + suffix, "CN-11");
    }

    Response poll(TestPlatform platform, long after, int waitSeconds) {
        String path = "/api/v1/notices?after=" + after + "&waitSeconds=" + waitSeconds;
        return portal.send(portal.signed(platform.signer(), "GET", path, new byte[0], Instant.now()).build());
    }

    Response issue(String json) {
        return portal.asAdmin("POST", "/api/v1/admin/notices", json);
    }

    long cursorNow(TestPlatform platform) {
        return poll(platform, 0, 0).json().get("cursor").asLong();
    }

    @Test
    void aNoticeReachesExactlyTheAddressedPlatformsAndIsAcknowledgedOnce() {
        long cqCursor = cursorNow(chongqing);
        long bjCursor = cursorNow(beijing);
        Response issued = issue("""
                {"audience":"PLATFORM","platformId":"%s","severity":"URGENT","title":"限期整改通知",
                 "body":"Remove the listed accounts within 24 hours.","actionRequired":true,
                 "respondBy":"2026-11-26T00:00:00+08:00"}""".formatted(chongqing.platformId()));
        assertThat(issued.status()).isEqualTo(201);
        String noticeId = issued.json().get("noticeId").asText();

        JsonNode page = poll(chongqing, cqCursor, 0).json();
        assertThat(page.get("notices")).hasSize(1);
        assertThat(page.get("notices").get(0).get("title").asText()).isEqualTo("限期整改通知");
        assertThat(page.get("cursor").asLong()).isGreaterThan(cqCursor);
        assertThat(poll(chongqing, page.get("cursor").asLong(), 0).json().get("notices")).isEmpty();
        assertThat(poll(beijing, bjCursor, 0).json().get("notices")).isEmpty();

        String ack = "/api/v1/notices/" + noticeId + "/acknowledgements";
        Response first = portal.send(portal.signed(chongqing.signer(), "POST", ack, new byte[0], Instant.now()).build());
        Response again = portal.send(portal.signed(chongqing.signer(), "POST", ack, new byte[0], Instant.now()).build());
        Response stranger = portal.send(portal.signed(beijing.signer(), "POST", ack, new byte[0], Instant.now()).build());

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(stranger.status()).isEqualTo(404);
        JsonNode ledger = portal.asAdmin("GET", "/api/v1/platforms/" + chongqing.platformId() + "/ledger").json();
        assertThat(ledger.findValuesAsText("type")).containsExactly("NOTICE_ISSUED", "NOTICE_ACKNOWLEDGED");
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + beijing.platformId() + "/ledger").json()).isEmpty();
    }

    @Test
    void theLongPollAnswersAsSoonAsANoticeForTheTierArrives() throws Exception {
        long cursor = cursorNow(chongqing);
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> poll(chongqing, cursor, 20));
        Thread.sleep(1000);
        Instant issuedAt = Instant.now();

        assertThat(issue("""
                {"audience":"TIER","tier":"KEY","severity":"INFO","title":"New reporting template",
                 "body":"From January the annual report follows template v2.","actionRequired":false}""").status())
                .isEqualTo(201);

        Response answer = waiting.get();
        assertThat(Duration.between(issuedAt, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(answer.json().get("notices").findValuesAsText("title")).contains("New reporting template");
        assertThat(poll(chongqing, 0, 31).status()).isEqualTo(422);
    }
}
