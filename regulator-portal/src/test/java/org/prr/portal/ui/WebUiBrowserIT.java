package org.prr.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.prr.model.NoticeAcknowledgement;
import org.prr.model.Period;
import org.prr.model.ReportFixtures;
import org.prr.model.json.CanonicalJson;
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
 * back, and signing out; a platform's ledger, its verified chain and a report's figures; working a flag (and a
 * VIEWER who may not); and a walk of every page and link a CN-50 ANALYST and ADMIN can reach, none showing a CN-11 platform, flag
 * or staff member.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserIT {

    private static final String PASSWORD = "analyst-password-1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The names of the visible form fields that have no label: none, a label around them, or aria-label. */
    private static final String UNLABELLED_FIELDS =
            """
            return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
              .filter(f => !f.closest('label') && !f.getAttribute('aria-label')
                && !(f.id && document.querySelector('label[for="' + f.id + '"]')))
              .map(f => f.name || f.outerHTML.slice(0, 80));""";

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
    UUID chongqingIncident;

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
        PortalClient portal = new PortalClient(port);
        analyst = "ui-analyst-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(analyst, PASSWORD, "CN-50", "ANALYST");
        chongqing = portal.registerNewPlatform("ui-cq", "CN-50");
        // Registered three days ago and heard of once, with yesterday's complaints: MISSING reports and a silent agent.
        jdbc.update(
                "UPDATE platform SET registered_at = ? WHERE platform_id = ?",
                LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC),
                chongqing.platformId());
        PortalClient.Response accepted = portal.submit(
                chongqing,
                ReportFixtures.complaintsReport(
                        chongqing.platformId(),
                        Period.day(LocalDate.now(SHANGHAI).minusDays(1))));
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(201);
        beijing = portal.registerNewPlatform("ui-bj", "CN-11");
        jdbc.update(
                "UPDATE platform SET registered_at = ? WHERE platform_id = ?",
                LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC),
                beijing.platformId());
        chongqingIncident = reportIncident(portal, chongqing, "直播间传播暴力画面");
        reportIncident(portal, beijing, "北京平台的事件");
        evaluation.platform(chongqing.platformId());
        evaluation.platform(beijing.platformId());
    }

    private static UUID reportIncident(PortalClient portal, TestPlatform platform, String title) {
        OffsetDateTime detectedAt = OffsetDateTime.now().minusMinutes(30);
        Incident incident = new Incident(
                UUID.randomUUID(),
                platform.platformId(),
                Incident.Severity.MAJOR,
                Category.VIOLENCE_GORE,
                detectedAt.minusMinutes(10),
                detectedAt,
                title,
                "一场直播出现暴力画面，被转发约三千次。",
                "约12万用户",
                "已切断直播，转发内容按哈希屏蔽",
                "值班编辑 023-0000-0000");
        PortalClient.Response accepted = portal.send(portal.signed(
                        platform.signer(), "POST", "/api/v1/incidents", CanonicalJson.write(incident), Instant.now())
                .build());
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(201);
        return incident.incidentId();
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
        browser.type("#q", chongqing.platformId());
        browser.click("form.filters button");
        String cq = "#platforms [data-platform-id='" + chongqing.platformId() + "'] ";
        assertThat(browser.text(cq + "td.standing"))
                .as("the day before yesterday is missing")
                .isEqualTo("未报");
        assertThat(browser.text(cq))
                .contains(LocalDate.now(SHANGHAI).minusDays(1).toString(), "90.9 %");
        assertThat(browser.has("[data-platform-id='" + beijing.platformId() + "']"))
                .as("a CN-11 platform on a CN-50 person's overview")
                .isFalse();
        assertThat(browser.pageText()).doesNotContain(beijing.platformId());
        assertThat(browser.text("#open-flags")).contains("逾期未报");
        assertThat(browser.text("#platforms [data-platform-id='" + chongqing.platformId() + "'] td.n"))
                .isNotEqualTo("0");

        browser.open("/ui?tier=NONSENSE&sort=flags&q=" + chongqing.platformId());
        assertThat(browser.text("[role=alert]")).contains("等级只能是");
        assertThat(browser.has("[data-platform-id='" + chongqing.platformId() + "']"))
                .as("the bad filter is ignored, not an error page")
                .isTrue();

        browser.click("#language");
        assertThat(browser.text("h1")).isEqualTo("Overview");
        assertThat(browser.text("#open-flags")).contains("Missing report");
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

    @Test
    void anAnalystFindsAPlatformWithAFlagReadsItsLedgerAndWorksTheFlag() {
        browser.signIn(analyst, PASSWORD);
        browser.open("/ui?status=MISSING&q=" + chongqing.platformId());
        browser.click("#platforms [data-platform-id='" + chongqing.platformId() + "'] a");
        assertThat(browser.text("#platform-id")).isEqualTo(chongqing.platformId());
        assertThat(browser.text("#timeline")).contains("报告", "问题线索");
        assertThat(browser.find("#chart-complaints canvas").isDisplayed())
                .as("yesterday's complaints, drawn by ECharts")
                .isTrue();
        assertThat(browser.text("#chart-takedowns")).isEqualTo("这段时间没有该类报告");

        browser.clickInPlace("#verify");
        assertThat(browser.text("#chain-valid")).startsWith("完整");
        assertThat(browser.path()).as("verified in place").startsWith("/ui/platforms/" + chongqing.platformId());

        browser.click("#reports a");
        assertThat(browser.text("h1")).startsWith("投诉举报受理处置反馈");
        assertThat(browser.text("#version-1")).contains("第 1 版", "现行版本", "受理投诉举报数", "按类别");
        browser.click("main > p > a");

        browser.click("#platform-flags a");
        assertThat(browser.text("#flag-state")).isEqualTo("待处理");
        browser.type("#ack-note", "正在核实 <script>alert(1)</script>");
        browser.click("#acknowledge");
        assertThat(browser.text("#done")).isEqualTo("已确认该问题线索。");
        assertThat(browser.text("#flag-state")).isEqualTo("已确认");
        assertThat(browser.text("main")).as("what staff wrote is shown as text").contains("<script>alert(1)</script>");
        assertThat(browser.text("#flag-history")).contains("问题线索已确认", "问题线索");

        browser.type("#resolve-note", "平台已补报");
        browser.click("#resolve");
        assertThat(browser.text("#flag-state")).isEqualTo("已办结");
        assertThat(browser.has("#resolve"))
                .as("a resolved flag has nothing left to do")
                .isFalse();
        assertThat(browser.text("#flag-history")).contains("问题线索已办结");
        String flagPath = browser.path();

        PortalClient portal = new PortalClient(port);
        String viewer = "ui-viewer-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(viewer, PASSWORD, "CN-50", "VIEWER");
        browser.signIn(viewer, PASSWORD);
        browser.open("/ui/flags?platformId=" + chongqing.platformId() + "&state=OPEN");
        browser.click("#flags a");
        assertThat(browser.text("main")).contains("您的角色只能查看问题线索");
        assertThat(browser.has("#acknowledge")).isFalse();
        assertThat(browser.path()).isNotEqualTo(flagPath);
    }

    @Test
    void aCn50PersonNeverSeesACn11PlatformOnAnyPageTheyCanReach() {
        String bjFlag = jdbc.queryForObject(
                "SELECT flag_id FROM flag WHERE platform_id = ? LIMIT 1", String.class, beijing.platformId());
        PortalClient portal = new PortalClient(port);
        String walker = "ui-walker-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(walker, PASSWORD, "CN-50", "ANALYST", "ADMIN");
        String beijingStaff = "ui-bj-staff-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(beijingStaff, PASSWORD, "CN-11", "ADMIN");
        String cqOrder = portal.orderRectification(chongqing, "投诉处理逾期。");
        String bjOrder = portal.orderRectification(beijing, "投诉处理逾期。");
        browser.signIn(walker, PASSWORD);
        Deque<String> toVisit = new ArrayDeque<>(List.of("/ui"));
        Set<String> seen = new HashSet<>(toVisit);
        Set<String> exports = new HashSet<>();
        int visited = 0;
        while (!toVisit.isEmpty() && visited < 1000) {
            String path = toVisit.poll();
            browser.open(path);
            visited++;
            assertThat(browser.source()).as(path).doesNotContain(beijing.platformId(), bjFlag, beijingStaff, bjOrder);
            assertThat(browser.has("#error")).as(path + " is an error page").isFalse();
            assertThat(browser.script(UNLABELLED_FIELDS))
                    .as(path + ": form fields without a label")
                    .isEqualTo(List.of());
            for (String link : browser.links()) {
                if (link.contains("/export")) {
                    exports.add(link);
                } else if (!link.contains("lang=") && !link.endsWith(".pdf") && seen.add(link)) {
                    toVisit.add(link);
                }
            }
        }
        assertThat(toVisit).as("every page was walked (" + visited + " pages)").isEmpty();
        assertThat(exports)
                .as("every list offers its export")
                .anyMatch(p -> p.startsWith("/ui/export?"))
                .anyMatch(p -> p.startsWith("/ui/filings/export?"))
                .anyMatch(p -> p.startsWith("/ui/flags/export?"))
                .anyMatch(p -> p.startsWith("/ui/incidents/export?"))
                .anyMatch(p -> p.startsWith("/ui/platforms/" + chongqing.platformId() + "/export?"))
                .anyMatch(p -> p.startsWith("/ui/admin/audit/export?"))
                .anyMatch(p -> p.startsWith("/ui/enforcement/export?"))
                .anyMatch(p -> p.startsWith("/ui/rectifications/export?"));
        for (String export : exports) {
            if (export.contains("format=CSV")) {
                assertThat(browser.script("return fetch(arguments[0]).then(r => r.text())"
                                .replace("arguments[0]", "'" + export + "'")))
                        .as(export)
                        .asString()
                        .isNotEmpty()
                        .doesNotContain(beijing.platformId(), bjFlag, beijingStaff, bjOrder);
            }
        }
        assertThat(seen)
                .as("the walk reached the platform, flag and report pages")
                .anyMatch(p -> p.startsWith("/ui/platforms/" + chongqing.platformId() + "/reports/"))
                .anyMatch(p -> p.startsWith("/ui/flags/"))
                .anyMatch(p -> p.endsWith("/verification"))
                .anyMatch(p -> p.equals("/ui/admin/platforms/" + chongqing.platformId()))
                .contains(
                        "/ui/admin/staff",
                        "/ui/admin/audit",
                        "/ui/meeting-packs",
                        "/ui/enforcement/" + cqOrder,
                        "/ui/rectifications/" + cqOrder);

        for (String path : List.of(
                "/ui/platforms/" + beijing.platformId(),
                "/ui/platforms/" + beijing.platformId() + "/verification",
                "/ui/flags/" + bjFlag,
                "/ui/admin/platforms/" + beijing.platformId(),
                "/ui/enforcement/" + bjOrder,
                "/ui/rectifications/" + bjOrder,
                "/ui/no-such-page")) {
            browser.open(path);
            assertThat(browser.text("#error")).as(path).startsWith("没有找到");
        }
        browser.open("/ui/flags?platformId=" + beijing.platformId());
        assertThat(browser.text("main")).contains("没有符合条件的问题线索");
        browser.open("/ui/platforms/" + chongqing.platformId() + "?type=NONSENSE");
        assertThat(browser.text("#error")).contains("输入有误");
        browser.open("/ui/platforms/" + chongqing.platformId() + "?from=2026-13-01");
        assertThat(browser.text("[role=alert]")).contains("筛选条件无效");
    }

    @Test
    void aPlatformsChartShowsTheMiddleHalfAndMedianOfItsTierInItsJurisdiction() {
        PortalClient portal = new PortalClient(port);
        LocalDate yesterday = LocalDate.now(SHANGHAI).minusDays(1);
        String jurisdiction = "CN-71";
        List<String> peers = new java.util.ArrayList<>();
        for (long withinSla : List.of(55L, 66L, 77L, 88L, 99L)) {
            TestPlatform peer = portal.registerNewPlatform("ui-band", jurisdiction);
            peers.add(peer.platformId());
            PortalClient.Response accepted = portal.submit(
                    peer,
                    ReportFixtures.report(peer.platformId())
                            .period(Period.day(yesterday))
                            .complaints(ReportFixtures.complaints()
                                    .handledWithinSla(withinSla)
                                    .build())
                            .build());
            assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(201);
        }
        browser.signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        browser.open("/ui/platforms/" + peers.get(0));
        browser.find("#chart-slaShare canvas");

        assertThat(browser.script("return window.prrCharts.data.slaShare.series[0]"))
                .as("its own share of 110 handled")
                .isEqualTo(List.of(50L));
        assertThat(browser.script("return window.prrCharts.data.slaShare.band"))
                .as("the quartiles of the five shares 50, 60, 70, 80 and 90")
                .isEqualTo(java.util.Map.of("low", List.of(60L), "median", List.of(70L), "high", List.of(80L)));
        assertThat(browser.script("return window.prrCharts.data.takedowns.band"))
                .isNull();
        assertThat(browser.text("main")).contains("四分位区间");
    }

    @Test
    void theFlagsListExportsTheRowsItShowsAsXlsxAndCsvAndTheExportIsAudited() throws Exception {
        browser.signIn(analyst, PASSWORD);
        browser.open("/ui/flags?platformId=" + chongqing.platformId());
        List<List<String>> screen = new java.util.ArrayList<>();
        for (org.openqa.selenium.WebElement row : browser.findAll("#flags tbody tr")) {
            screen.add(row.findElements(org.openqa.selenium.By.tagName("td")).stream()
                    .map(org.openqa.selenium.WebElement::getText)
                    .toList());
        }
        assertThat(screen).as("the evaluation's flags of the platform").hasSizeGreaterThan(1);

        List<List<String>> file = exported();
        assertThat(file.get(0).get(0)).isEqualTo("规则");
        // The screen's columns: rule, platform name, detail, severity, state, opened at.
        List<List<String>> exported = file.subList(1, file.size()).stream()
                .map(row -> List.of(0, 2, 3, 4, 5, 6).stream().map(row::get).toList())
                .toList();
        assertThat(exported).as("the export holds exactly the rows on screen").isEqualTo(screen);

        String csv =
                (String) browser.script("return fetch(document.getElementById('export-csv').href).then(r => r.text())");
        assertThat(csv).as("text() drops the byte-order mark").startsWith("规则,平台编号,平台,情况,");
        assertThat(csv.lines()).hasSize(screen.size() + 1);
        assertThat(jdbc.queryForList(
                        "SELECT detail FROM audit_event WHERE username = ? AND action = 'EXPORTED' ORDER BY id",
                        String.class,
                        analyst))
                .containsExactly(
                        "XLSX, " + screen.size() + " rows, platformId=" + chongqing.platformId(),
                        "CSV, " + screen.size() + " rows, platformId=" + chongqing.platformId());
    }

    @Test
    void everyListExportsWhatItShowsWithItsFiltersAndEveryExportIsAudited() throws Exception {
        PortalClient portal = new PortalClient(port);
        PortalClient.Response issued = portal.asAdmin(
                "POST",
                "/api/v1/admin/notices",
                """
                {"audience":"PLATFORM","platformId":"%s","severity":"INFO","title":"导出测试通知",
                 "body":"正文, with a comma and \\"quotes\\"","actionRequired":false}"""
                        .formatted(chongqing.platformId()));
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
        browser.signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);

        browser.open("/ui?q=" + chongqing.platformId());
        List<String> platformRow = cells("#platforms tbody tr").get(0);
        List<List<String>> platforms = exported();
        assertThat(platforms).hasSize(2);
        assertThat(platforms.get(1).subList(0, 3))
                .containsExactly("Platform " + chongqing.platformId(), chongqing.platformId(), "重点平台");
        assertThat(platforms.get(1).get(3)).as("standing").isEqualTo(platformRow.get(2));
        assertThat(platforms.get(1).get(4)).as("open flags").isEqualTo(platformRow.get(3));

        browser.open("/ui/filings?q=" + chongqing.platformId());
        List<String> statuses = browser.findAll("#matrix-table-DAY tbody td").stream()
                .map(td -> td.getAttribute("title"))
                .filter(title -> title != null && !title.isEmpty())
                .toList();
        List<List<String>> filings = exported();
        assertThat(filings).hasSize(2);
        assertThat(filings.get(1).subList(0, 4))
                .containsExactly(chongqing.platformId(), "Platform " + chongqing.platformId(), "重点平台", "日报");
        assertThat(filings.get(1).subList(4, filings.get(1).size()).stream()
                        .filter(cell -> !cell.isEmpty())
                        .toList())
                .as("the days' statuses as the matrix shows them")
                .isEqualTo(statuses)
                .contains("按时", "未报");

        browser.open("/ui/incidents");
        assertExportedIds("data-incident-id", "共 (\\d+) 件");
        browser.open("/ui/notices");
        assertExportedIds("data-notice-id", "共 (\\d+) 条");

        browser.open("/ui/platforms/" + chongqing.platformId());
        List<String> seqs = browser.findAll("#timeline tbody tr").stream()
                .map(tr -> tr.getAttribute("data-seq"))
                .toList();
        List<List<String>> ledger = exported();
        assertThat(ledger.subList(1, ledger.size()).stream()
                        .map(row -> row.get(0))
                        .toList())
                .isEqualTo(seqs);
        String firstPayload = jdbc.queryForObject(
                "SELECT payload FROM ledger_entry WHERE platform_id = ? AND seq = ?",
                String.class,
                chongqing.platformId(),
                Long.parseLong(seqs.get(0)));
        assertThat(ledger.get(1).get(8)).as("the content exactly as recorded").isEqualTo(firstPayload);

        browser.open("/ui/admin/audit?action=EXPORTED&username=" + PortalClient.ADMIN);
        List<String> details =
                cells("#audit tbody tr").stream().map(row -> row.get(5)).toList();
        List<List<String>> audit = exported();
        assertThat(audit.subList(1, audit.size()).stream()
                        .map(row -> row.get(5))
                        .toList())
                .isEqualTo(details)
                .contains(
                        "XLSX, 1 rows, q=" + chongqing.platformId() + "&sort=name",
                        "XLSX, 1 rows, family=COMPLAINTS&span=30&q=" + chongqing.platformId());

        browser.open("/ui/platforms/" + chongqing.platformId() + "/export?from=2026-13-01&format=CSV");
        assertThat(browser.text("#error")).contains("输入有误");
        browser.open("/ui/incidents/export?format=PDF");
        assertThat(browser.text("main")).contains("输入有误", "format");
        for (String wrong : List.of(
                "/ui/flags?state=SHUT",
                "/ui/flags/export?rule=NOPE&format=CSV",
                "/ui/incidents?overdue=maybe",
                "/ui/enforcement?from=2026-13-01",
                "/ui/enforcement/export?kind=NOPE&format=CSV",
                "/ui/rectifications?stage=NOPE",
                "/ui/admin/audit/export?action=NOPE&format=CSV")) {
            browser.open(wrong);
            String field = wrong.substring(wrong.indexOf('?') + 1, wrong.indexOf('='));
            assertThat(browser.text("main")).as(wrong).contains("输入有误", field + ": '");
        }
    }

    /** The rows of the list on screen, each a list of its cells' text. */
    private List<List<String>> cells(String rows) {
        return browser.findAll(rows).stream()
                .map(row -> row.findElements(org.openqa.selenium.By.tagName("td")).stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .toList())
                .toList();
    }

    /**
     * The list's first page on screen is the start of its export, and the export holds as many rows as the page
     * counts; the ids are in the export's last column.
     */
    private void assertExportedIds(String idAttribute, String count) {
        List<String> shown = browser.findAll("tr[" + idAttribute + "]").stream()
                .map(tr -> tr.getAttribute(idAttribute))
                .toList();
        java.util.regex.Matcher total = java.util.regex.Pattern.compile(count).matcher(browser.text("main"));
        assertThat(total.find()).isTrue();
        List<List<String>> file = exported();
        List<String> ids = file.subList(1, file.size()).stream()
                .map(row -> row.get(row.size() - 1))
                .toList();
        assertThat(shown).isNotEmpty();
        assertThat(ids).hasSize(Integer.parseInt(total.group(1))).startsWith(shown.toArray(String[]::new));
    }

    /** The page's Excel export, fetched as the person's browser would, every cell as text. */
    private List<List<String>> exported() {
        String xlsx = (String)
                browser.script(
                        """
                return fetch(document.getElementById('export-xlsx').href)
                  .then(r => r.arrayBuffer())
                  .then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); return btoa(s); });""");
        org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(xlsx)))) {
            var sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new java.util.ArrayList<>();
            int width = sheet.getRow(0).getLastCellNum();
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                rows.add(java.util.stream.IntStream.range(0, width)
                        .mapToObj(c -> row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)))
                        .toList());
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyMainPageFitsATabletWithoutScrollingSideways() {
        PortalClient portal = new PortalClient(port);
        String admin = "ui-tablet-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(admin, PASSWORD, "CN-50", "ANALYST", "ADMIN");
        browser.signIn(admin, PASSWORD);
        browser.resize(768, 1024);
        try {
            for (String path : List.of(
                    "/ui",
                    "/ui/filings",
                    "/ui/platforms/" + chongqing.platformId(),
                    "/ui/flags",
                    "/ui/incidents",
                    "/ui/incidents/" + chongqingIncident,
                    "/ui/notices",
                    "/ui/admin/platforms",
                    "/ui/admin/platforms/" + chongqing.platformId(),
                    "/ui/admin/staff",
                    "/ui/admin/audit")) {
                browser.open(path);
                assertThat(browser.script(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .as(path + ": pixels wider than a 768 px tablet")
                        .isEqualTo(0L);
            }
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    void anAdminIssuesANoticeAndSeesItDeliveredAndAcknowledgedWhenThePlatformsAgentDoes() {
        PortalClient portal = new PortalClient(port);
        String admin = "ui-admin-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(admin, PASSWORD, "CN-50", "ADMIN");
        browser.signIn(admin, PASSWORD);
        browser.open("/ui/notices");

        browser.type("#platformId", beijing.platformId());
        browser.type("#title", "关于报送自查情况的通知");
        browser.type("#body", "请于本周内报送自查情况。");
        browser.click("#issue");
        assertThat(browser.text("#problem"))
                .as("a platform of another jurisdiction is not found, and nothing is issued")
                .contains("通知未发布");

        browser.type("#platformId", chongqing.platformId());
        browser.clickInPlace("#actionRequired");
        browser.click("#preview");
        assertThat(browser.text("#notice-preview")).contains("关于报送自查情况的通知", "需要平台回复");
        browser.click("#issue");
        assertThat(browser.text("#done")).isEqualTo("通知已发布。");
        assertThat(browser.text("#count-recipients")).isEqualTo("1");
        String row = "#recipients [data-platform-id='" + chongqing.platformId() + "'] ";
        assertThat(browser.text(row + ".delivered")).isEqualTo("未送达");
        String noticeId = browser.path().substring("/ui/notices/".length());

        assertThat(portal.send(portal.signed(
                                        chongqing.signer(),
                                        "POST",
                                        "/api/v1/notices/" + noticeId + "/receipts",
                                        new byte[0],
                                        Instant.now())
                                .build())
                        .status())
                .isEqualTo(201);
        browser.open(browser.path());
        assertThat(browser.text("#count-delivered")).isEqualTo("1");
        assertThat(browser.text(row + ".acknowledged")).isEqualTo("未确认");

        NoticeAcknowledgement acknowledgement = new NoticeAcknowledgement(
                UUID.fromString(noticeId), chongqing.platformId(), "王芳 (内容安全部)", OffsetDateTime.now(), "已收到，周五前报送。");
        assertThat(portal.send(portal.signed(
                                        chongqing.signer(),
                                        "POST",
                                        "/api/v1/notices/" + noticeId + "/acknowledgements",
                                        CanonicalJson.write(acknowledgement),
                                        Instant.now())
                                .header("Content-Type", "application/json")
                                .build())
                        .status())
                .isEqualTo(201);
        browser.open(browser.path());
        assertThat(browser.text("#count-acknowledged")).isEqualTo("1");
        assertThat(browser.text("#count-replied")).isEqualTo("1");
        assertThat(browser.text(row + ".acknowledged-by")).isEqualTo("王芳 (内容安全部)");
        assertThat(browser.text(row + ".reply")).isEqualTo("已收到，周五前报送。");

        browser.click("#remind");
        assertThat(browser.text("#done")).isEqualTo("已向尚未确认的平台发送提醒。");
        assertThat(noticesTo(beijing)).as("nothing reached the CN-11 platform").isZero();
    }

    @Test
    void anAnalystAcknowledgesAnIncidentFromTheInbox() {
        browser.signIn(analyst, PASSWORD);
        browser.click("nav a[href='/ui/incidents']");
        browser.click("#incidents [data-incident-id='" + chongqingIncident + "'] a");
        assertThat(browser.text("h1")).startsWith("直播间传播暴力画面");
        assertThat(browser.text("#incident-acknowledged")).isEqualTo("待确认");
        browser.type("#incident-note", "已收悉，请按时续报。");
        browser.click("#acknowledge-incident");
        assertThat(browser.text("#done")).startsWith("已确认收悉");
        assertThat(browser.text("#incident-acknowledged")).startsWith(analyst);
        assertThat(browser.has("#acknowledge-incident")).isFalse();
    }

    @Test
    void anAdminReadsTheFilingMatrixAndRemindsThoseWhoHaveNotFiled() {
        PortalClient portal = new PortalClient(port);
        String admin = "ui-admin-" + UUID.randomUUID().toString().substring(0, 8);
        portal.createStaff(admin, PASSWORD, "CN-50", "ADMIN");
        browser.signIn(admin, PASSWORD);
        browser.click("nav a[href='/ui/filings']");
        browser.type("#q", chongqing.platformId());
        browser.click("form.filters button");
        assertThat(browser.path()).contains("q=" + chongqing.platformId());
        String row = "#matrix-table-DAY [data-platform-id='" + chongqing.platformId() + "'] ";
        assertThat(browser.has(row + "td.MISSING"))
                .as("the days it did not report")
                .isTrue();
        assertThat(browser.has(row + "td.LATE a, " + row + "td.ON_TIME a"))
                .as("yesterday's report, linked")
                .isTrue();
        assertThat(browser.has("[data-platform-id='" + beijing.platformId() + "']"))
                .isFalse();

        LocalDate missingDay = LocalDate.now(SHANGHAI).minusDays(2);
        browser.open("/ui/filings?family=COMPLAINTS&period=" + missingDay);
        assertThat(browser.text("#non-submitters"))
                .contains(chongqing.platformId().substring(0, 5));
        long noticesBefore = noticesTo(chongqing);
        browser.click("#remind-non-submitters");
        assertThat(browser.text("#done")).isEqualTo("已向未报送的平台发送提醒通知。");
        assertThat(noticesTo(chongqing)).isEqualTo(noticesBefore + 1);
        assertThat(noticesTo(beijing)).as("nothing reached the CN-11 platform").isZero();
    }

    private long noticesTo(TestPlatform platform) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notice_recipient r JOIN notice n ON n.notice_id = r.notice_id "
                        + "WHERE r.platform_id = ? AND n.kind = 'STAFF'",
                Long.class,
                platform.platformId());
    }
}
