package org.prr.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.prr.portal.gap.Evaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The web UI in headless Chromium against the whole portal on MariaDB: signing in (and a wrong password), the
 * overview limited to the person's jurisdiction with the flags the evaluation opened, switching to English and
 * back, and signing out.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserIT {

    private static final String PASSWORD = "analyst-password-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Evaluation evaluation;

    Browser browser;
    String analyst;
    TestPlatform chongqing;
    TestPlatform beijing;

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

    @BeforeEach
    void setUp() {
        PortalClient portal = new PortalClient(port);
        analyst = "ui-analyst-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(analyst, PASSWORD, "CN-50", "ANALYST");
        chongqing = portal.registerNewPlatform("ui-cq", "CN-50");
        beijing = portal.registerNewPlatform("ui-bj", "CN-11");
        // Registered three days ago and never heard of: MISSING reports and a silent agent.
        jdbc.update(
                "UPDATE platform SET registered_at = ? WHERE platform_id = ?",
                LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC),
                chongqing.platformId());
        evaluation.platform(chongqing.platformId());
    }

    @Test
    void aPersonSignsInSeesTheirJurisdictionAtAGlanceSwitchesLanguageAndSignsOut() {
        browser.open("/ui");
        assertThat(browser.path()).as("not signed in: the sign-in page").startsWith("/login");

        browser.signIn(analyst, "wrong-password");
        assertThat(browser.text("[role=alert]")).contains("用户名或密码错误");

        browser.signIn(analyst, PASSWORD);
        assertThat(browser.text("h1")).isEqualTo("总览");
        assertThat(browser.text("#signed-in-user")).isEqualTo(analyst);
        assertThat(browser.has("#platforms [data-platform-id='" + chongqing.platformId() + "']"))
                .isTrue();
        assertThat(browser.has("[data-platform-id='" + beijing.platformId() + "']"))
                .as("a CN-11 platform on a CN-50 person's overview")
                .isFalse();
        assertThat(browser.pageText()).doesNotContain(beijing.platformId());
        assertThat(browser.text("#open-flags")).contains("逾期未报", "报送代理失联");
        assertThat(browser.text("#platforms [data-platform-id='" + chongqing.platformId() + "'] td.n"))
                .isNotEqualTo("0");

        browser.open("/ui?tier=NONSENSE&sort=flags");
        assertThat(browser.text("[role=alert]")).contains("等级只能是");
        assertThat(browser.has("[data-platform-id='" + chongqing.platformId() + "']"))
                .as("the bad filter is ignored, not an error page")
                .isTrue();

        browser.click("#language");
        assertThat(browser.text("h1")).isEqualTo("Overview");
        assertThat(browser.text("#open-flags")).contains("Missing report", "Agent silent");
        browser.open("/ui");
        assertThat(browser.text("h1")).as("the choice is kept").isEqualTo("Overview");
        browser.click("#language");
        assertThat(browser.text("h1")).isEqualTo("总览");

        browser.click("#sign-out");
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.text("[role=status]")).isEqualTo("您已退出。");
        browser.open("/ui");
        assertThat(browser.path()).as("signed out: the sign-in page again").startsWith("/login");
    }
}
