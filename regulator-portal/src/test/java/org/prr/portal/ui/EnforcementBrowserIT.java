package org.prr.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prr.model.RectificationReport;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 执法整改 in headless Chromium against the whole portal on MariaDB: a CN-50 ADMIN records a rectification order
 * through the form (a wrong field first, which keeps what was typed), the platform answers it signed through the API,
 * an ANALYST re-checks and closes it, and the closed case exports; an interview is recorded and its minutes after it.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnforcementBrowserIT {

    private static final String PASSWORD = "enforce-password-1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    Browser browser;
    PortalClient portal;
    PortalClient.TestPlatform platform;
    String admin;
    String analyst;

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
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        admin = "ui-enf-admin-" + suffix;
        analyst = "ui-enf-analyst-" + suffix;
        portal.createStaff(admin, PASSWORD, "CN-50", "ADMIN");
        portal.createStaff(analyst, PASSWORD, "CN-50", "ANALYST");
        platform = portal.registerNewPlatform("ui-enf", "CN-50");
    }

    private void setDate(String css, LocalDate day) {
        browser.script("document.querySelector(\"" + css + "\").value = '" + day + "'");
    }

    @Test
    void aRectificationOrderIsRecordedAnsweredByThePlatformRecheckedClosedAndExported() {
        LocalDate deadline = LocalDate.now(SHANGHAI).plusDays(10);
        browser.signIn(admin, PASSWORD);
        browser.open("/ui/platforms/" + platform.platformId());
        browser.click("#platform-enforcement");
        assertThat(browser.find("#platformId").getDomProperty("value")).isEqualTo(platform.platformId());

        browser.choose("#kind", "RECTIFICATION_ORDER");
        browser.type("#legalBasis", "《网络信息内容生态治理规定》第三十四条");
        browser.type("#summary", "投诉处理逾期率连续三个月偏高。");
        browser.type("#requiredActions", "一、补齐审核人员；二、清理积压投诉。");
        browser.type("#fineAmount", "5000");
        setDate("#deadline", deadline);
        browser.click("#record");
        assertThat(browser.text("#problem")).contains("fineAmount");
        assertThat(browser.find("#requiredActions").getDomProperty("value"))
                .as("what was typed stays")
                .isEqualTo("一、补齐审核人员；二、清理积压投诉。");

        browser.type("#fineAmount", "");
        browser.type("#attachments", "整改通知书.pdf " + HASH);
        browser.click("#record");
        assertThat(browser.text("#done")).startsWith("执法措施已记录");
        assertThat(browser.text("main")).contains("限期整改", deadline.toString(), admin);
        assertThat(browser.text("#attachments")).contains("整改通知书.pdf", HASH);
        browser.click("#case-link");
        String caseId = browser.path().substring("/ui/rectifications/".length());
        assertThat(browser.text("#case-state")).isEqualTo("待平台报告");

        RectificationReport report = new RectificationReport(
                UUID.randomUUID(),
                UUID.fromString(caseId),
                platform.platformId(),
                "王芳 (内容安全部)",
                OffsetDateTime.now(ZoneOffset.ofHours(8)),
                "已新增审核员 40 名，积压投诉已清零。",
                List.of(new RectificationReport.Evidence("排班表.xlsx", HASH)));
        PortalClient.Response answered = portal.send(portal.signed(
                        platform.signer(),
                        "POST",
                        "/api/v1/rectifications/" + caseId + "/reports",
                        CanonicalJson.write(report),
                        Instant.now())
                .build());
        assertThat(answered.status()).as(answered.raw().body()).isEqualTo(201);

        browser.forgetCookies();
        browser.signIn(analyst, PASSWORD);
        browser.open("/ui/rectifications/" + caseId);
        assertThat(browser.text("#case-state")).isEqualTo("复查中");
        assertThat(browser.text("#events")).contains("王芳 (内容安全部)", "已新增审核员 40 名", "排班表.xlsx", HASH);
        browser.clickInPlace("#outcome-REOPEN");
        browser.type("#recheck-note", "整改不到位。");
        browser.click("#submit-recheck");
        assertThat(browser.text("#problem")).contains("newDeadline");
        browser.clickInPlace("#outcome-CLOSE");
        browser.type("#recheck-note", "现场检查：审核人员已到岗，积压清零。");
        browser.click("#submit-recheck");
        assertThat(browser.text("#done")).isEqualTo("复查结论已记录。");
        assertThat(browser.text("#case-state")).isEqualTo("已结案");
        assertThat(browser.has("#recheck"))
                .as("a closed case takes no re-check")
                .isFalse();

        browser.open("/ui/rectifications?platformId=" + platform.platformId());
        browser.click("#stage-CLOSED");
        assertThat(browser.findAll("#cases tbody tr")).hasSize(1);
        String csv =
                (String) browser.script("return fetch(document.getElementById('export-csv').href).then(r => r.text())");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains(caseId, "已结案", platform.platformId());
    }

    @Test
    void anInterviewIsNotifiedWithTimePlaceAndParticipantsAndItsMinutesAreRecordedAfter() {
        browser.signIn(admin, PASSWORD);
        browser.open("/ui/enforcement?platformId=" + platform.platformId());
        browser.choose("#kind", "INTERVIEW");
        browser.type("#legalBasis", "《关于进一步压实网站平台信息内容管理主体责任的意见》");
        browser.type("#summary", "审核人员配比低于要求。");
        browser.click("#record");
        assertThat(browser.text("#problem")).contains("interviewAt");

        browser.script("document.getElementById('interviewAt').value = '"
                + LocalDate.now(SHANGHAI).plusDays(3) + "T10:00'");
        browser.type("#interviewPlace", "市网信办 3 楼会议室");
        browser.type("#interviewParticipants", "平台主要负责人、内容安全负责人");
        browser.click("#record");
        assertThat(browser.text("main")).contains("约谈", "市网信办 3 楼会议室", "10:00");

        browser.type("#minutes-text", "平台承认审核力量不足。");
        browser.type("#commitments-text", "一个月内新增审核员 40 名。");
        browser.click("#record-minutes");
        assertThat(browser.text("#done")).isEqualTo("约谈纪要和平台承诺已记录。");
        assertThat(browser.text("#commitments")).isEqualTo("一个月内新增审核员 40 名。");
        assertThat(browser.has("#record-minutes")).isFalse();

        browser.open("/ui/enforcement?platformId=" + platform.platformId());
        assertThat(browser.text("#enforcement-counts [data-kind='INTERVIEW']")).contains("1");
        browser.open("/ui");
        assertThat(browser.text("#enforcement-this-month")).contains("约谈");
    }

    @Test
    void aWrongMeetingPackRequestSaysWhyAndMakesNoPack() {
        LocalDate today = LocalDate.now(SHANGHAI);
        String randomIds = java.util.stream.Stream.generate(UUID::randomUUID)
                .limit(21)
                .map(id -> "'" + id + "'")
                .collect(java.util.stream.Collectors.joining(","));
        // Each changes the form as a hostile page could, then sends it: the field it names, and no pack.
        java.util.Map<String, String> wrong = new java.util.LinkedHashMap<>();
        wrong.put("form.from.value = '" + today + "'; form.to.value = '" + today.minusDays(1) + "';", "from");
        wrong.put("form.to.value = '" + today.plusDays(1) + "';", "to");
        wrong.put("form.from.value = '" + today.minusDays(400) + "'; form.to.value = '" + today + "';", "to");
        wrong.put("form.from.value = '2026-13-01';", "from");
        wrong.put("form.from.value = '';", "from");
        wrong.put("add('1 OR 1=1');", "typicalCases");
        wrong.put("[" + randomIds + "].forEach(add);", "typicalCases");
        wrong.put("form.remarks.removeAttribute('maxlength'); form.remarks.value = '注'.repeat(5001);", "remarks");
        browser.signIn(analyst, PASSWORD);
        for (java.util.Map.Entry<String, String> change : wrong.entrySet()) {
            browser.open("/ui/meeting-packs");
            browser.script(
                    """
                    const form = document.getElementById('make-pack');
                    const add = id => { const i = document.createElement('input');
                      i.type = 'hidden'; i.name = 'typicalCases'; i.value = id; form.appendChild(i); };
                    """
                            + change.getKey());
            browser.click("#make");
            assertThat(browser.text("#problem")).as(change.getKey()).contains(change.getValue());
        }
        browser.open("/ui/meeting-packs");
        browser.script("const i = document.createElement('input'); i.type = 'hidden'; i.name = 'typicalCases';"
                + " i.value = '" + UUID.randomUUID() + "'; document.getElementById('make-pack').appendChild(i);");
        browser.click("#make");
        assertThat(browser.text("#error")).as("an action that is not there").startsWith("没有找到");
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                        .queryForObject(
                                "SELECT COUNT(*) FROM meeting_pack WHERE generated_by = ?", Integer.class, analyst))
                .as("no pack made")
                .isZero();
    }

    @Test
    void aMeetingPackIsAPdfWithTheChineseHeadingsTheTypicalCaseAndTheHashItRecords() throws Exception {
        PortalClient.Response warning = portal.asStaff(
                admin,
                PASSWORD,
                "POST",
                "/api/v1/admin/enforcement",
                """
                {"platformId":"%s","kind":"WARNING","decidedOn":"%s","legalBasis":"《网络信息内容生态治理规定》",
                 "summary":"多次迟报投诉处理情况，予以警告。"}"""
                        .formatted(platform.platformId(), LocalDate.now(SHANGHAI)));
        assertThat(warning.status()).as(warning.raw().body()).isEqualTo(201);
        String actionId = warning.json().get("actionId").asText();
        browser.signIn(analyst, PASSWORD);
        browser.open("/ui/meeting-packs");
        setDate("#period-from", LocalDate.now(SHANGHAI).withDayOfMonth(1));
        setDate("#period-to", LocalDate.now(SHANGHAI));
        browser.click("#choose-period");
        browser.clickInPlace("#case-" + actionId);
        browser.type("#remarks", "请各平台引以为戒。");
        browser.click("#make");
        assertThat(browser.text("#done")).isEqualTo("例会材料已生成。");

        org.openqa.selenium.WebElement row = browser.findAll("#packs tbody tr").get(0);
        String packId = row.getDomAttribute("data-pack-id");
        List<String> hashes = row.findElements(org.openqa.selenium.By.tagName("code")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
        String base64 = (String) browser.script(
                """
                return fetch('/ui/meeting-packs/%s.pdf')
                  .then(r => r.arrayBuffer())
                  .then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); return btoa(s); });"""
                        .formatted(packId));
        byte[] file = java.util.Base64.getDecoder().decode(base64);

        assertThat(hex(java.security.MessageDigest.getInstance("SHA-256").digest(file)))
                .as("the file is the one recorded")
                .isEqualTo(hashes.get(1));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "例会通报材料",
                            "一、报送完整性",
                            "二、迟报、未报的平台",
                            "三、问题线索",
                            "四、重大事项",
                            "五、执法措施",
                            "六、典型案例",
                            "Platform " + platform.platformId(),
                            "警告",
                            "多次迟报投诉处理情况，予以警告。",
                            "请各平台引以为戒。",
                            "内容 SHA-256：" + hashes.get(0));
            org.apache.pdfbox.pdmodel.font.PDFont font = pdf.getPage(0)
                    .getResources()
                    .getFont(pdf.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
        }
        String content = new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject("SELECT content FROM meeting_pack WHERE pack_id = ?", String.class, packId);
        assertThat(hex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .as("the printed hash is the recorded content's")
                .isEqualTo(hashes.get(0));
        assertThat(content).contains(actionId, "请各平台引以为戒。");
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
