package org.prr.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prr.model.ReportFixtures;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 管理 in headless Chromium against the whole portal on MariaDB: a CN-50 ADMIN registers a platform, adds its agent's
 * key (whose signed report is then accepted) and revokes it, sets its obligations and a threshold; manages staff
 * (create, lock and unlock, reset a password, roles, disable, which ends the person's open session in another
 * browser); and reads the audit log filtered. A VIEWER gets no administration.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationBrowserIT {

    private static final String PASSWORD = "admin-password-1";

    @LocalServerPort
    int port;

    Browser browser;
    PortalClient portal;
    String admin;
    String suffix;

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
        browser.forgetCookies();
        portal = new PortalClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        admin = "ui-admin-" + suffix;
        portal.createStaff(admin, PASSWORD, "CN-50", "ADMIN");
        browser.signIn(admin, PASSWORD);
    }

    @Test
    void anAdminRegistersAPlatformWithItsKeyObligationsAndThreshold() {
        PortalClient.TestPlatform existing = portal.registerNewPlatform("ui-old", "CN-50");
        browser.click("#nav-admin");
        assertThat(browser.path()).isEqualTo("/ui/admin/platforms");
        assertThat(browser.find("#jurisdiction").getDomAttribute("readonly"))
                .as("a CN-50 ADMIN registers in CN-50")
                .isNotNull();

        browser.type("#platformId", existing.platformId());
        browser.type("#name", "重名的平台");
        browser.click("#register-submit");
        assertThat(browser.text("#problem")).contains("与已有记录冲突");
        assertThat(browser.find("#name").getDomProperty("value"))
                .as("what was typed stays")
                .isEqualTo("重名的平台");

        String platformId = "ui-new-" + suffix;
        browser.type("#platformId", platformId);
        browser.type("#name", "山城短视频");
        browser.choose("#tier", "KEY");
        browser.type("#contactEmail", "compliance@example.cn");
        browser.click("#register-submit");
        assertThat(browser.path()).isEqualTo("/ui/admin/platforms/" + platformId);
        assertThat(browser.text("#done")).startsWith("平台已登记");
        assertThat(browser.text("main")).contains("尚无密钥");

        KeyPair keys = Ed25519Keys.generate();
        browser.type("#keyId", "agent-1");
        browser.type("#publicKey", "not a key");
        browser.click("#add-key-submit");
        assertThat(browser.text("#problem")).contains("publicKey");
        browser.type("#keyId", "agent-1");
        browser.type("#publicKey", Ed25519Keys.toPem(keys.getPublic()));
        browser.click("#add-key-submit");
        assertThat(browser.text("#done")).isEqualTo("密钥已添加。");
        assertThat(browser.text("#keys [data-key-id='agent-1']")).contains("有效");
        RequestSigner signer = new RequestSigner(keys.getPrivate(), platformId, "agent-1");
        assertThat(portal.submitSigned(signer, CanonicalJson.write(ReportFixtures.complaintsReport(platformId)))
                        .status())
                .as("the agent reports with the key added in the browser")
                .isEqualTo(201);

        browser.choose("#family", "STAFFING");
        browser.choose("#cadence", "QUARTER");
        browser.type("#graceHours", "72");
        browser.click("#set-obligation-submit");
        assertThat(browser.text("#done")).isEqualTo("报送义务已更新。");
        assertThat(browser.text("#obligations [data-family='STAFFING']")).contains("季", "72", "平台单独设置");

        browser.choose("#rule", "UNDERSTAFFED");
        browser.type("#threshold", "many");
        browser.click("#set-rule-submit");
        assertThat(browser.text("#problem")).contains("threshold: must be a number");
        browser.choose("#rule", "UNDERSTAFFED");
        browser.type("#threshold", "2.5");
        browser.click("#set-rule-submit");
        assertThat(browser.text("#done")).startsWith("规则设置已保存");
        assertThat(browser.text("#rules [data-rule='UNDERSTAFFED']")).contains("2.5", "是");

        browser.click("#keys [data-key-id='agent-1'] button.revoke");
        assertThat(browser.text("#keys [data-key-id='agent-1']")).contains("无效", "吊销于");
        assertThat(portal.submitSigned(signer, CanonicalJson.write(ReportFixtures.complaintsReport(platformId)))
                        .status())
                .isEqualTo(401);

        browser.click("nav[aria-label=admin] a[href='/ui/admin/audit']");
        browser.type("#target", platformId);
        browser.click("#audit-filters button");
        assertThat(browser.text("#audit"))
                .contains("登记平台", "添加密钥", "设置报送义务", "设置问题线索规则", "吊销密钥")
                .contains(admin);
        browser.choose("#action", "KEY_REVOKED");
        browser.click("#audit-filters button");
        assertThat(browser.path()).contains("action=KEY_REVOKED").contains("target=" + platformId);
        assertThat(browser.text("#audit")).contains("吊销密钥").doesNotContain("添加密钥");
    }

    @Test
    void anAdminManagesStaffAndADisabledPersonIsSignedOut() {
        String analyst = "ui-analyst-" + suffix;
        browser.open("/ui/admin/staff");
        browser.type("#username", analyst);
        browser.type("#password", "short");
        browser.clickInPlace("#role-ANALYST");
        browser.click("#create-staff-submit");
        assertThat(browser.text("#problem")).contains("password");
        assertThat(browser.find("#username").getDomProperty("value")).isEqualTo(analyst);

        browser.type("#password", PASSWORD);
        browser.click("#create-staff-submit");
        assertThat(browser.text("#done")).isEqualTo("账户已新建。");
        String row = "#staff [data-username='" + analyst + "'] ";
        assertThat(browser.text(row)).contains("正常");

        try (Browser theirs = new Browser(port)) {
            theirs.signIn(analyst, PASSWORD);
            assertThat(theirs.text("#signed-in-user")).isEqualTo(analyst);
            assertThat(theirs.has("#nav-admin"))
                    .as("no administration without ADMIN")
                    .isFalse();
            theirs.open("/ui/admin/staff");
            assertThat(theirs.text("#error")).startsWith("您的角色不能进行此操作");

            for (int i = 0; i < 5; i++) {
                portal.asStaff(analyst, "wrong", "GET", "/api/v1/platforms", null);
            }
            browser.open("/ui/admin/staff");
            assertThat(browser.text(row)).contains("已锁定至");
            browser.click(row + "button.unlock");
            assertThat(browser.text("#done")).isEqualTo("账户已解锁。");
            assertThat(portal.asStaff(analyst, PASSWORD, "GET", "/api/v1/platforms", null)
                            .status())
                    .isEqualTo(200);

            browser.click(row + "button.disable");
            assertThat(browser.text("#done")).startsWith("账户已停用");
            assertThat(browser.text(row)).contains("已停用");
            theirs.open("/ui");
            assertThat(theirs.path()).as("their open session ended").startsWith("/login?expired");
            theirs.signIn(analyst, PASSWORD);
            assertThat(theirs.has("#signed-in-user"))
                    .as("a disabled person cannot sign in")
                    .isFalse();

            browser.click(row + "button.enable");
            browser.type(row + "input[name=password]", "a-new-password-2");
            browser.click(row + "button.reset-password");
            assertThat(browser.text("#done")).startsWith("密码已重置");
            theirs.signIn(analyst, "a-new-password-2");
            assertThat(theirs.text("#signed-in-user")).isEqualTo(analyst);
        }

        browser.clickInPlace(row + "input[value=ADMIN]");
        browser.click(row + "button.set-roles");
        assertThat(browser.text("#done")).startsWith("角色已保存");
        assertThat(browser.find(row + "input[value=ADMIN]").isSelected()).isTrue();

        browser.click("#staff [data-username='" + admin + "'] button.disable");
        assertThat(browser.text("#problem")).contains("you cannot disable your own account");

        browser.open("/ui/admin/audit?username=" + admin + "&action=STAFF_DISABLED");
        assertThat(browser.text("#audit")).contains("停用账户", analyst);
    }
}
