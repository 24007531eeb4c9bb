package org.prr.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PortalIntegrationTest
class NoticesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
        return portal.send(portal.signed(platform.signer(), "GET", path, new byte[0], Instant.now())
                .build());
    }

    Response issue(String json) {
        return portal.asAdmin("POST", "/api/v1/admin/notices", json);
    }

    long cursorNow(TestPlatform platform) {
        return poll(platform, 0, 0).json().get("cursor").asLong();
    }

    @Test
    void aNoticeReachesExactlyTheAddressedPlatformsAndIsReceivedOnce() {
        long cqCursor = cursorNow(chongqing);
        long bjCursor = cursorNow(beijing);
        Response issued = issue(
                """
                {"audience":"PLATFORM","platformId":"%s","severity":"URGENT","title":"限期整改通知",
                 "body":"Remove the listed accounts within 24 hours.","actionRequired":true,
                 "respondBy":"2026-11-26T00:00:00+08:00"}"""
                        .formatted(chongqing.platformId()));
        assertThat(issued.status()).isEqualTo(201);
        String noticeId = issued.json().get("noticeId").asText();

        JsonNode page = poll(chongqing, cqCursor, 0).json();
        assertThat(page.get("notices")).hasSize(1);
        assertThat(page.get("notices").get(0).get("title").asText()).isEqualTo("限期整改通知");
        assertThat(page.get("cursor").asLong()).isGreaterThan(cqCursor);
        assertThat(poll(chongqing, page.get("cursor").asLong(), 0).json().get("notices"))
                .isEmpty();
        assertThat(poll(beijing, bjCursor, 0).json().get("notices")).isEmpty();

        String ack = "/api/v1/notices/" + noticeId + "/receipts";
        Response first = portal.send(portal.signed(chongqing.signer(), "POST", ack, new byte[0], Instant.now())
                .build());
        Response again = portal.send(portal.signed(chongqing.signer(), "POST", ack, new byte[0], Instant.now())
                .build());
        Response stranger = portal.send(portal.signed(beijing.signer(), "POST", ack, new byte[0], Instant.now())
                .build());

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(stranger.status()).isEqualTo(404);
        JsonNode ledger = portal.asAdmin("GET", "/api/v1/platforms/" + chongqing.platformId() + "/ledger")
                .json();
        assertThat(ledger.findValuesAsText("type")).containsExactly("NOTICE_ISSUED", "NOTICE_DELIVERED");
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + beijing.platformId() + "/ledger")
                        .json())
                .isEmpty();
    }

    @Test
    void theLongPollAnswersAsSoonAsANoticeForTheTierArrives() throws Exception {
        long cursor = cursorNow(chongqing);
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> poll(chongqing, cursor, 20));
        Thread.sleep(1000);
        Instant issuedAt = Instant.now();

        assertThat(issue(
                                """
                {"audience":"TIER","tier":"KEY","severity":"INFO","title":"New reporting template",
                 "body":"From January the annual report follows template v2.","actionRequired":false}""")
                        .status())
                .isEqualTo(201);

        Response answer = waiting.get();
        assertThat(Duration.between(issuedAt, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(answer.json().get("notices").findValuesAsText("title")).contains("New reporting template");
        assertThat(poll(chongqing, 0, 31).status()).isEqualTo(422);
    }

    @Test
    void aPlatformRegisteredAfterANoticeNeitherGetsNorReceiptsIt() {
        String noticeId = issue(
                        """
                {"audience":"ALL","severity":"INFO","title":"Before you came","body":"For the platforms of today.",
                 "actionRequired":false}""")
                .json()
                .get("noticeId")
                .asText();
        TestPlatform late = portal.registerNewPlatform("late", "CN-50");

        JsonNode page = poll(late, 0, 0).json();
        Response ack = portal.send(portal.signed(
                        late.signer(), "POST", "/api/v1/notices/" + noticeId + "/receipts", new byte[0], Instant.now())
                .build());

        assertThat(page.get("notices").findValuesAsText("noticeId")).doesNotContain(noticeId);
        assertThat(ack.status()).isEqualTo(404);
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + late.platformId() + "/ledger")
                        .json())
                .isEmpty();
        assertThat(poll(chongqing, 0, 0).json().get("notices").findValuesAsText("noticeId"))
                .contains(noticeId);
    }

    @Test
    void concurrentIssuersAndAPollerSeeEveryNoticeExactlyOnce() throws Exception {
        long start = cursorNow(chongqing);
        int issuers = 4;
        int each = 8;
        ExecutorService pool = Executors.newFixedThreadPool(issuers);
        List<Future<List<String>>> issued = new ArrayList<>();
        for (int t = 0; t < issuers; t++) {
            int issuer = t;
            issued.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    Response response = issue(
                            """
                            {"audience":"PLATFORM","platformId":"%s","severity":"INFO","title":"Notice %d-%d",
                             "body":"Concurrent.","actionRequired":false}"""
                                    .formatted(chongqing.platformId(), issuer, i));
                    assertThat(response.status()).isEqualTo(201);
                    ids.add(response.json().get("noticeId").asText());
                }
                return ids;
            }));
        }
        List<String> seen = new ArrayList<>();
        long cursor = start;
        Instant deadline = Instant.now().plusSeconds(60);
        while (seen.size() < issuers * each && Instant.now().isBefore(deadline)) {
            JsonNode page = poll(chongqing, cursor, 1).json(); // a long poll: well under the rate limit
            page.get("notices").forEach(n -> seen.add(n.get("noticeId").asText()));
            cursor = page.get("cursor").asLong();
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> ids : issued) {
            all.addAll(ids.get());
        }
        pool.shutdown();

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aDuplicateReceiptAnswersWithTheSameLedgerEntry() throws Exception {
        String noticeId = issue(
                        """
                {"audience":"PLATFORM","platformId":"%s","severity":"INFO","title":"Twice","body":"Ack me twice.",
                 "actionRequired":false}"""
                                .formatted(chongqing.platformId()))
                .json()
                .get("noticeId")
                .asText();
        String path = "/api/v1/notices/" + noticeId + "/receipts";

        List<CompletableFuture<Response>> acks = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(
                        () -> portal.send(portal.signed(chongqing.signer(), "POST", path, new byte[0], Instant.now())
                                .build())))
                .toList();
        List<Response> answers = new ArrayList<>();
        for (CompletableFuture<Response> ack : acks) {
            answers.add(ack.get());
        }
        Response later = portal.send(portal.signed(chongqing.signer(), "POST", path, new byte[0], Instant.now())
                .build());

        assertThat(answers)
                .extracting(Response::status)
                .isSubsetOf(200, 201, 409)
                .contains(201);
        assertThat(later.status()).isEqualTo(200);
        assertThat(answers)
                .filteredOn(a -> a.status() < 300)
                .extracting(Response::json)
                .containsOnly(later.json());
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + chongqing.platformId() + "/ledger")
                        .json()
                        .findValuesAsText("type"))
                .containsExactly("NOTICE_ISSUED", "NOTICE_DELIVERED");
    }

    @Test
    void issuingIsOneTransactionNothingOfANoticeStaysWhenOnePlatformsChainFails() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff("xj-admin-" + suffix, "xj-admin-password-" + suffix, "CN-65", "ADMIN");
        TestPlatform first = portal.registerPlatform("a-xj-" + suffix, "CN-65");
        TestPlatform broken = portal.registerPlatform("b-xj-" + suffix, "CN-65");
        jdbc.update("DELETE FROM ledger_head WHERE platform_id = ?", broken.platformId());
        try {
            Response response = portal.asStaff(
                    "xj-admin-" + suffix,
                    "xj-admin-password-" + suffix,
                    "POST",
                    "/api/v1/admin/notices",
                    """
                    {"audience":"ALL","severity":"INFO","title":"Half %s","body":"Never half.","actionRequired":false}"""
                            .formatted(suffix));

            assertThat(response.status()).isEqualTo(500);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM notice WHERE title = ?", Integer.class, "Half " + suffix))
                    .isZero();
            assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + first.platformId() + "/ledger")
                            .json())
                    .as("the first platform's NOTICE_ISSUED was rolled back with the notice")
                    .isEmpty();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM audit_event WHERE action = 'NOTICE_ISSUED' "
                                    + "AND jurisdiction = 'CN-65'",
                            Integer.class))
                    .isZero();
        } finally {
            jdbc.update(
                    "INSERT INTO ledger_head (platform_id, last_seq, last_hash) VALUES (?, 0, ?)",
                    broken.platformId(),
                    "0".repeat(64));
        }
    }
}
