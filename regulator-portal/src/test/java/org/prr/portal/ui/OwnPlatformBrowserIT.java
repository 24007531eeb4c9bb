package org.prr.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prr.model.Period;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalIntegrationTest;
import org.prr.portal.gap.Evaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A platform's own account in headless Chromium against the whole portal on MariaDB: an ADMIN makes it on the
 * platform's page; signed in, it lands on its own view and walks every page and link it can reach, none naming
 * another platform of the same jurisdiction (which has flags, notices and a rectification case of its own); it
 * acknowledges a notice as a named person with a reply, which staff then see; every staff page and call is refused.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnPlatformBrowserIT {

    private static final String PASSWORD = "own-platform-password-1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Evaluation evaluation;

    Browser browser;

    @BeforeAll
    void startTheBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A platform with a report, flags, a notice that asks for an acknowledgement and a rectification order. */
    private PortalClient.TestPlatform platformWithARecord(PortalClient portal, String prefix) {
        PortalClient.TestPlatform platform = portal.registerNewPlatform(prefix, "CN-50");
        jdbc.update(
                "UPDATE platform SET registered_at = ? WHERE platform_id = ?",
                LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC),
                platform.platformId());
        assertThat(portal.submit(
                                platform,
                                ReportFixtures.complaintsReport(
                                        platform.platformId(),
                                        Period.day(LocalDate.now(SHANGHAI).minusDays(1))))
                        .status())
                .isEqualTo(201);
        evaluation.platform(platform.platformId());
        assertThat(portal.asAdmin(
                                "POST",
                                "/api/v1/admin/notices",
                                """
                                {"audience":"PLATFORM","platformId":"%s","severity":"URGENT","title":"关于%s的整改通知",
                                 "body":"请于三日内完成整改并回复。","actionRequired":true,
                                 "respondBy":"2027-06-01T00:00:00+08:00"}"""
                                        .formatted(platform.platformId(), platform.platformId()))
                        .status())
                .isEqualTo(201);
        portal.orderRectification(platform, platform.platformId() + " 投诉处理逾期。");
        return platform;
    }

    @Test
    void aPlatformsAccountSeesOnlyItsOwnPlatformAcknowledgesANoticeAndReachesNoStaffPage() {
        PortalClient portal = new PortalClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String admin = "own-admin-" + suffix;
        portal.createStaff(admin, PASSWORD, "CN-50", "ADMIN", "ANALYST", "VIEWER");
        PortalClient.TestPlatform own = platformWithARecord(portal, "own");
        PortalClient.TestPlatform other = platformWithARecord(portal, "other");
        String otherCase = jdbc.queryForObject(
                "SELECT case_id FROM rectification_case WHERE platform_id = ?", String.class, other.platformId());

        browser.signIn(admin, PASSWORD);
        browser.open("/ui/admin/platforms/" + own.platformId());
        String account = "officer-" + suffix;
        browser.type("#account-username", account);
        browser.type("#account-password", PASSWORD);
        browser.click("#add-account-submit");
        assertThat(browser.text("#done")).startsWith("平台账号已创建");
        assertThat(browser.text("#platform-accounts")).contains(account);

        browser.forgetCookies();
        browser.signIn(account, PASSWORD);
        assertThat(browser.path()).isEqualTo("/ui/own");
        assertThat(browser.text("main")).contains(own.platformId(), "未报");

        Deque<String> toVisit = new ArrayDeque<>(List.of("/ui/own"));
        Set<String> seen = new HashSet<>(toVisit);
        while (!toVisit.isEmpty()) {
            String path = toVisit.poll();
            browser.open(path);
            assertThat(browser.has("#error")).as(path + " is an error page").isFalse();
            assertThat(browser.source()).as(path).doesNotContain(other.platformId(), otherCase);
            for (String link : browser.links()) {
                if (!link.contains("lang=") && seen.add(link)) {
                    toVisit.add(link);
                }
            }
        }
        assertThat(seen)
                .as("the walk stays in the own view and reaches every part of it")
                .allMatch(path -> path.startsWith("/ui/own"))
                .contains("/ui/own/ledger", "/ui/own/flags", "/ui/own/notices", "/ui/own/incidents")
                .anyMatch(path -> path.startsWith("/ui/own/rectifications/"));

        browser.open("/ui/own/notices");
        String noticeId = browser.find("article.notice").getDomAttribute("data-notice-id");
        for (String by : List.of("   ", "名".repeat(101))) {
            browser.script(
                    "const by = document.getElementById('by-%s'); by.removeAttribute('required');".formatted(noticeId)
                            + " by.removeAttribute('maxlength'); by.value = '" + by + "';");
            browser.click("#acknowledge-" + noticeId);
            assertThat(browser.text("#problem")).as("by '%s'", by).contains("acknowledgedBy");
            assertThat(browser.has("#acknowledge-" + noticeId))
                    .as("still to acknowledge")
                    .isTrue();
        }
        assertThat(portal.asAdmin("GET", "/api/v1/notices/issued/" + noticeId + "/recipients")
                        .json()
                        .get(0)
                        .path("acknowledgedBy")
                        .isNull())
                .as("a refused acknowledgement records nothing")
                .isTrue();
        browser.type("#by-" + noticeId, "王芳（内容安全部）");
        browser.type("#reply-" + noticeId, "已部署整改。");
        browser.click("#acknowledge-" + noticeId);
        assertThat(browser.text("#done")).startsWith("已确认");
        assertThat(browser.text("#notice-" + noticeId)).contains("已由 王芳（内容安全部）", "已部署整改。");
        assertThat(browser.has("#acknowledge-" + noticeId))
                .as("acknowledged once")
                .isFalse();
        PortalClient.Response recipients = portal.asAdmin("GET", "/api/v1/notices/issued/" + noticeId + "/recipients");
        assertThat(recipients.json().get(0).get("acknowledgedBy").asText()).isEqualTo("王芳（内容安全部）");
        assertThat(recipients.json().get(0).get("reply").asText()).isEqualTo("已部署整改。");

        browser.open("/ui/own/rectifications/" + otherCase);
        assertThat(browser.text("#error")).as("another platform's case").startsWith("没有找到");
        for (String staffPage : List.of(
                "/ui", "/ui/flags", "/ui/platforms/" + own.platformId(), "/ui/enforcement", "/ui/admin/platforms")) {
            browser.open(staffPage);
            assertThat(browser.has("#error")).as(staffPage).isTrue();
            assertThat(browser.source()).as(staffPage).doesNotContain(other.platformId());
        }
        for (String call : List.of(
                "/api/v1/flags", "/api/v1/platforms/" + own.platformId() + "/ledger", "/api/v1/rectifications")) {
            assertThat(portal.asStaff(account, PASSWORD, "GET", call, null).status())
                    .as(call)
                    .isEqualTo(403);
        }
    }
}
