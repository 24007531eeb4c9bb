package org.prr.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.NoticeAcknowledgement;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What staff see of a notice after issuing it: the agents' receipts and a named person's acknowledgement with a
 * reply kept apart, who has not acknowledged it, a reminder to exactly those, and NOTICE_UNACKNOWLEDGED once its
 * respond-by passes. Each test issues in a jurisdiction of its own, so ALL reaches only its two platforms.
 */
@PortalIntegrationTest
class NoticeWorkflowIT {

    @LocalServerPort
    int port;

    PortalClient portal;
    String jurisdiction;
    String admin;
    String password;
    TestPlatform first;
    TestPlatform second;

    /** A jurisdiction no other test uses: CN-8x/9x, one per test method. */
    private static int nextJurisdiction = 80;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        jurisdiction = "CN-" + nextJurisdiction++;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        admin = "notice-admin-" + suffix;
        password = "notice-admin-password-" + suffix;
        portal.createStaff(admin, password, jurisdiction, "ADMIN");
        portal.createStaff("viewer-" + suffix, "viewer-password-" + suffix, jurisdiction, "VIEWER");
        first = portal.registerNewPlatform("a", jurisdiction);
        second = portal.registerNewPlatform("b", jurisdiction);
    }

    Response asAdmin(String method, String path, String json) {
        return portal.asStaff(admin, password, method, path, json);
    }

    String issue(Instant respondBy) {
        Response issued = asAdmin(
                "POST",
                "/api/v1/admin/notices",
                """
                {"audience":"ALL","severity":"URGENT","title":"关于开展专项整治的通知",
                 "body":"请于期限内报送自查情况。","actionRequired":true,"respondBy":"%s"}"""
                        .formatted(respondBy));
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
        return issued.json().get("noticeId").asText();
    }

    Response receipt(TestPlatform platform, String noticeId) {
        return portal.send(portal.signed(
                        platform.signer(),
                        "POST",
                        "/api/v1/notices/" + noticeId + "/receipts",
                        new byte[0],
                        Instant.now())
                .build());
    }

    Response acknowledge(TestPlatform signer, NoticeAcknowledgement acknowledgement) {
        return portal.send(portal.signed(
                        signer.signer(),
                        "POST",
                        "/api/v1/notices/" + acknowledgement.noticeId() + "/acknowledgements",
                        CanonicalJson.write(acknowledgement),
                        Instant.now())
                .header("Content-Type", "application/json")
                .build());
    }

    static NoticeAcknowledgement acknowledgement(TestPlatform platform, String noticeId, String by, String reply) {
        return new NoticeAcknowledgement(
                UUID.fromString(noticeId),
                platform.platformId(),
                by,
                OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.ofHours(8)),
                reply);
    }

    @Test
    void receiptsAndANamedPersonsAcknowledgementWithItsReplyAreKeptApart() {
        String noticeId = issue(Instant.now().plus(3, ChronoUnit.DAYS));
        assertThat(receipt(first, noticeId).status()).isEqualTo(201);
        assertThat(receipt(second, noticeId).status()).isEqualTo(201);
        NoticeAcknowledgement wang = acknowledgement(first, noticeId, "王芳（内容安全部）", "已部署自查，12月8日前报送。");

        Response acknowledged = acknowledge(first, wang);
        Response replayed = acknowledge(first, wang);
        Response changed = acknowledge(first, acknowledgement(first, noticeId, "李明", null));
        Response forAnother = acknowledge(second, wang);
        Response blank = acknowledge(second, acknowledgement(second, noticeId, " ", null));

        assertThat(acknowledged.status()).isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(changed.status()).isEqualTo(422);
        assertThat(forAnother.status()).isEqualTo(403);
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().get("errors").get(0).get("field").asText()).isEqualTo("acknowledgedBy");

        JsonNode tracked =
                asAdmin("GET", "/api/v1/notices/issued/" + noticeId, null).json();
        assertThat(tracked.get("recipients").asLong()).isEqualTo(2);
        assertThat(tracked.get("delivered").asLong()).isEqualTo(2);
        assertThat(tracked.get("acknowledged").asLong()).isEqualTo(1);
        assertThat(tracked.get("replied").asLong()).isEqualTo(1);
        assertThat(tracked.get("overdue").asLong()).isZero();
        JsonNode recipients = asAdmin("GET", "/api/v1/notices/issued/" + noticeId + "/recipients", null)
                .json();
        JsonNode firstRow = recipients.get(first.platformId().compareTo(second.platformId()) < 0 ? 0 : 1);
        assertThat(firstRow.get("acknowledgedBy").asText()).isEqualTo("王芳（内容安全部）");
        assertThat(firstRow.get("reply").asText()).isEqualTo("已部署自查，12月8日前报送。");
        assertThat(asAdmin("GET", "/api/v1/notices/issued/" + noticeId + "/recipients?unacknowledged=true", null)
                        .json()
                        .findValuesAsText("platformId"))
                .containsExactly(second.platformId());
        JsonNode ledger = portal.asAdmin("GET", "/api/v1/platforms/" + first.platformId() + "/ledger")
                .json();
        assertThat(ledger.findValuesAsText("type"))
                .containsExactly("NOTICE_ISSUED", "NOTICE_DELIVERED", "NOTICE_ACKNOWLEDGED");
        assertThat(PortalClient.payload(ledger.get(2)).get("reply").asText()).isEqualTo("已部署自查，12月8日前报送。");
        assertThat(asAdmin("GET", "/api/v1/notices/issued?size=10", null)
                        .json()
                        .get("notices")
                        .findValuesAsText("noticeId"))
                .containsExactly(noticeId);
        String outsider = "outsider-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(outsider, outsider + "-password", "CN-50", "ADMIN");
        assertThat(portal.asStaff(outsider, outsider + "-password", "GET", "/api/v1/notices/issued/" + noticeId, null)
                        .status())
                .isEqualTo(404);
        assertThat(portal.asStaff(outsider, outsider + "-password", "GET", "/api/v1/notices/issued", null)
                        .json()
                        .get("notices")
                        .findValuesAsText("noticeId"))
                .doesNotContain(noticeId);
    }

    @Test
    void aReminderReachesOnlyThoseWhoHaveNotAcknowledgedAndIsRecorded() {
        String noticeId = issue(Instant.now().plus(3, ChronoUnit.DAYS));
        assertThat(acknowledge(first, acknowledgement(first, noticeId, "王芳", null))
                        .status())
                .isEqualTo(201);
        String suffix = admin.substring("notice-admin-".length());

        Response byViewer = portal.asStaff(
                "viewer-" + suffix,
                "viewer-password-" + suffix,
                "POST",
                "/api/v1/notices/issued/" + noticeId + "/reminders",
                null);
        Response reminded = asAdmin("POST", "/api/v1/notices/issued/" + noticeId + "/reminders", null);

        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(reminded.status()).isEqualTo(200);
        assertThat(reminded.json().get("platforms")).hasSize(1);
        assertThat(reminded.json().get("platforms").get(0).asText()).isEqualTo(second.platformId());
        JsonNode secondsNotices = poll(second).get("notices");
        assertThat(secondsNotices.findValuesAsText("kind")).containsExactly("STAFF", "REMINDER");
        assertThat(secondsNotices.get(1).get("reference").asText()).isEqualTo(noticeId);
        assertThat(poll(first).get("notices").findValuesAsText("kind")).containsExactly("STAFF");
        JsonNode row = asAdmin("GET", "/api/v1/notices/issued/" + noticeId + "/recipients?unacknowledged=true", null)
                .json()
                .get(0);
        assertThat(row.get("reminders").asInt()).isEqualTo(1);
        assertThat(row.get("lastRemindedAt").isNull()).isFalse();
        assertThat(asAdmin("GET", "/api/v1/notices/issued?kind=REMINDER", null)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aNoticePastItsRespondByIsFlaggedUntilSomeoneAcknowledgesIt() throws Exception {
        String noticeId = issue(Instant.now().plusSeconds(2));
        Thread.sleep(2500);

        assertThat(portal.asAdmin("POST", "/api/v1/admin/evaluations").status()).isEqualTo(200);
        JsonNode flags = flags(first);
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("subject").asText()).isEqualTo("notice/" + noticeId);
        assertThat(flags.get(0).get("state").asText()).isEqualTo("OPEN");
        assertThat(asAdmin("GET", "/api/v1/notices/issued/" + noticeId, null)
                        .json()
                        .get("overdue")
                        .asLong())
                .isEqualTo(2);

        assertThat(acknowledge(first, acknowledgement(first, noticeId, "王芳", "迟复为歉。"))
                        .status())
                .isEqualTo(201);
        portal.asAdmin("POST", "/api/v1/admin/evaluations");

        assertThat(flags(first).get(0).get("state").asText()).isEqualTo("RESOLVED");
        assertThat(flags(second).get(0).get("state").asText()).isEqualTo("OPEN");
    }

    JsonNode poll(TestPlatform platform) {
        return portal.send(
                        portal.signed(platform.signer(), "GET", "/api/v1/notices?after=0", new byte[0], Instant.now())
                                .build())
                .json();
    }

    JsonNode flags(TestPlatform platform) {
        return portal.asAdmin("GET", "/api/v1/flags?rule=NOTICE_UNACKNOWLEDGED&platformId=" + platform.platformId())
                .json()
                .get("flags");
    }
}
