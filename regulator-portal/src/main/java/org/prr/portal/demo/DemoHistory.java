package org.prr.portal.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.prr.model.AnnualSection;
import org.prr.model.AnnualTopic;
import org.prr.model.Category;
import org.prr.model.ComplaintsSection;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Notice;
import org.prr.model.NoticeAcknowledgement;
import org.prr.model.Obligation;
import org.prr.model.Period;
import org.prr.model.ReportSection;
import org.prr.model.StaffingSection;
import org.prr.model.TakedownsSection;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.portal.enforcement.ActionKind;
import org.prr.portal.enforcement.Enforcement;
import org.prr.portal.enforcement.NewAction;
import org.prr.portal.gap.Evaluation;
import org.prr.portal.notice.NoticeBook;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.KeyRegistration;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistration;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.staff.NewStaffUser;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffAccounts;
import org.prr.portal.staff.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the demo's first start, about 90 days of six platforms' history in two jurisdictions (CN-50 and CN-11, both
 * tiers), sent as their agents would have sent it, signed, through the portal's own HTTP API, each at the moment it
 * would have arrived ({@link DemoClock}): one platform always on time, one often late, one that stopped reporting ten
 * days ago, one understaffed with an open incident whose follow-up is overdue, and a notice that half of Chongqing's
 * platforms acknowledged; and staff of both jurisdictions to sign in as. The chains verify, the filing status, flags
 * and reminders are the portal's own.
 */
@Component
@Profile("demo")
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    /** How long ago the history starts. */
    private static final int DAYS = 90;

    /** How each demo platform's agent behaved. */
    enum Habit {
        ON_TIME,
        OFTEN_LATE,
        STOPPED_REPORTING,
        UNDERSTAFFED
    }

    record DemoPlatform(String platformId, String name, String jurisdiction, Tier tier, Habit habit, long scale) {}

    static final List<DemoPlatform> PLATFORMS = List.of(
            new DemoPlatform("cq-video", "山城视频", "CN-50", Tier.KEY, Habit.ON_TIME, 1200),
            new DemoPlatform("cq-news", "巴渝新闻客户端", "CN-50", Tier.KEY, Habit.OFTEN_LATE, 800),
            new DemoPlatform("cq-live", "江北直播", "CN-50", Tier.KEY, Habit.UNDERSTAFFED, 1500),
            new DemoPlatform("cq-forum", "渝州论坛", "CN-50", Tier.STANDARD, Habit.STOPPED_REPORTING, 300),
            new DemoPlatform("bj-shop", "京东城购物社区", "CN-11", Tier.STANDARD, Habit.ON_TIME, 400),
            new DemoPlatform("bj-music", "燕京音乐", "CN-11", Tier.KEY, Habit.ON_TIME, 900));

    /** Staff of each jurisdiction to sign in as (demo.sh prints them): what each may see and do differs. */
    static final List<NewStaffUser> STAFF = List.of(
            new NewStaffUser("cq.analyst", "demo-analyst", "CN-50", Set.of(Role.ANALYST, Role.VIEWER)),
            new NewStaffUser("cq.admin", "demo-cq-admin", "CN-50", Set.of(Role.ADMIN, Role.ANALYST)),
            new NewStaffUser("bj.viewer", "demo-bj-viewer", "CN-11", Set.of(Role.VIEWER)));

    /** The account of cq-video's compliance officer, for its own view (demo.sh prints it). */
    static final String OFFICER = "cq-video.officer";

    static final String OFFICER_PASSWORD = "demo-officer-pw";

    /** Something that happened at a moment of the past. */
    private record Event(Instant at, Runnable action) {}

    private final PlatformRegistry registry;
    private final StaffAccounts accounts;
    private final Obligations obligations;
    private final NoticeBook notices;
    private final Enforcement enforcement;
    private final Evaluation evaluation;
    private final DemoClock clock;
    private final Environment environment;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, RequestSigner> signers = new LinkedHashMap<>();

    DemoHistory(
            PlatformRegistry registry,
            StaffAccounts accounts,
            Obligations obligations,
            NoticeBook notices,
            Enforcement enforcement,
            Evaluation evaluation,
            DemoClock clock,
            Environment environment) {
        this.registry = registry;
        this.accounts = accounts;
        this.obligations = obligations;
        this.notices = notices;
        this.enforcement = enforcement;
        this.evaluation = evaluation;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (registry.exists(PLATFORMS.get(0).platformId())) {
            return;
        }
        ZoneId zone = obligations.timeZone();
        LocalDate today = LocalDate.now(zone);
        LocalDate registered = today.minusDays(DAYS);
        log.info("Demo: writing {} days of history of {} platforms through the signed API", DAYS, PLATFORMS.size());
        STAFF.forEach(user -> accounts.create(StaffPrincipal.system("demo"), user));
        try {
            clock.travelTo(registered.atTime(9, 0).atZone(zone).toInstant());
            List<Event> events = new ArrayList<>();
            for (DemoPlatform demo : PLATFORMS) {
                Platform platform = register(demo);
                for (Obligation obligation : obligations.of(platform)) {
                    events.addAll(reports(demo, obligation, registered, today, zone));
                }
            }
            events.addAll(incident(today, zone));
            events.addAll(notice(today, zone));
            events.addAll(enforcement(today, zone));
            events.sort(Comparator.comparing(Event::at));
            Instant now = Instant.now();
            for (Event event : events) {
                if (event.at().isBefore(now)) {
                    clock.travelTo(event.at());
                    event.action().run();
                }
            }
        } finally {
            clock.backToNow();
        }
        registry.createAccount(StaffPrincipal.system("demo"), "cq-video", OFFICER, OFFICER_PASSWORD);
        evaluation.everyPlatform();
        log.info("Demo: history written; sign in at /ui");
    }

    private Platform register(DemoPlatform demo) {
        StaffPrincipal system = StaffPrincipal.system("demo");
        KeyPair keys = Ed25519Keys.generate();
        registry.register(
                system,
                new PlatformRegistration(
                        demo.platformId(),
                        demo.name(),
                        demo.jurisdiction(),
                        demo.tier(),
                        new PlatformRegistration.Contact(
                                "内容安全部值班室", "compliance@" + demo.platformId() + ".example", "023-6000-0000")));
        String keyId = demo.platformId() + "-2026";
        registry.addKey(
                system,
                demo.platformId(),
                new KeyRegistration(
                        keyId, Ed25519Keys.ALGORITHM, Ed25519Keys.toBase64(keys.getPublic()), Instant.EPOCH, null));
        signers.put(demo.platformId(), new RequestSigner(keys.getPrivate(), demo.platformId(), keyId));
        return registry.registered(demo.platformId());
    }

    /** Every period the platform owed since it was registered, filed when its habit says. */
    private List<Event> reports(
            DemoPlatform demo, Obligation obligation, LocalDate registered, LocalDate today, ZoneId zone) {
        List<Event> events = new ArrayList<>();
        Random random = new Random(
                demo.platformId().hashCode() * 31L + obligation.family().ordinal());
        Period period = Period.containing(registered, obligation.cadence()).previous();
        for (int n = 0; period.end().isBefore(today); n++, period = period.next()) {
            Instant ended = period.end().plusDays(1).atStartOfDay(zone).toInstant();
            Instant filed =
                    switch (demo.habit()) {
                        case OFTEN_LATE -> n % 6 == 2 && period.end().isAfter(today.minusDays(40))
                                ? ended.plus(obligation.gracePeriod()).plus(Duration.ofHours(18))
                                : ended.plus(Duration.ofHours(9));
                        case STOPPED_REPORTING -> period.end().isAfter(today.minusDays(10)) || n % 7 == 3
                                ? null
                                : ended.plus(Duration.ofHours(10));
                        default -> ended.plus(Duration.ofHours(8)).plus(Duration.ofMinutes(random.nextInt(60)));
                    };
            if (filed == null) {
                continue;
            }
            boolean slow = demo.habit() == Habit.OFTEN_LATE && period.end().isAfter(today.minusDays(6));
            ReportSection section = section(demo, obligation.family(), period, slow, random);
            if (section != null) {
                Period owed = period;
                events.add(new Event(filed, () -> submit(demo, owed, section)));
            }
        }
        return events;
    }

    /** Figures around the platform's scale; {@code slow}: fewer complaints handled in time than the rules accept. */
    private static ReportSection section(
            DemoPlatform demo, MetricFamily family, Period period, boolean slow, Random random) {
        long days = period.end().toEpochDay() - period.start().toEpochDay() + 1;
        long received = Math.round(demo.scale() * days * (0.85 + random.nextDouble() * 0.3));
        return switch (family) {
            case COMPLAINTS -> {
                long handled = Math.round(received * 0.97);
                double withinSla = slow ? 0.82 : 0.97;
                long rumours = received * 2 / 5;
                long vulgar = received / 4;
                long fraud = received / 5;
                yield new ComplaintsSection(
                        received,
                        null,
                        Map.of(
                                Category.RUMOURS_FALSE_INFORMATION, rumours,
                                Category.PORNOGRAPHY_VULGARITY, vulgar,
                                Category.FRAUD_SCAMS, fraud,
                                Category.OTHER, received - rumours - vulgar - fraud),
                        handled,
                        Math.round(handled * withinSla),
                        null,
                        Math.round(handled * 0.93),
                        demo.scale() / 20 + random.nextInt(20),
                        hours(6 + random.nextDouble() * 6),
                        hours(20 + random.nextDouble() * 10),
                        received / 50,
                        received / 400);
            }
            case TAKEDOWNS -> new TakedownsSection(
                    Math.round(received * 0.6),
                    null,
                    null,
                    null,
                    new BigDecimal("0.72"),
                    null,
                    demo.habit() == Habit.UNDERSTAFFED ? (long) random.nextInt(5) : null,
                    received / 100,
                    received / 300,
                    received / 30,
                    (long) random.nextInt(3),
                    hours(2 + random.nextDouble() * 4));
            case STAFFING -> {
                long users = demo.scale() * 2_000;
                long reviewers = demo.habit() == Habit.UNDERSTAFFED ? users / 60_000 : users / 7_000;
                yield new StaffingSection(
                        BigDecimal.valueOf(reviewers).setScale(1),
                        null,
                        null,
                        reviewers,
                        reviewers * 4,
                        users,
                        demo.scale() * 300,
                        Boolean.TRUE,
                        reviewers / 10,
                        BigDecimal.valueOf(reviewers * 4).setScale(1),
                        reviewers / 2,
                        (long) random.nextInt(5),
                        (long) random.nextInt(4),
                        0L);
            }
            case ANNUAL -> new AnnualSection(
                    null,
                    null,
                    null,
                    Map.of(),
                    Map.of(
                            AnnualTopic.COMMUNITY_RULES, "修订社区公约，新增网络谣言和网络暴力处置条款。",
                            AnnualTopic.CONTENT_REVIEW, "实行“机器初审 + 人工复审”，重点时段加强值守。",
                            AnnualTopic.MINORS_PROTECTION, "上线青少年模式，限制夜间使用时长。"),
                    "2025.2",
                    LocalDate.of(period.start().getYear(), 3, 1));
        };
    }

    private static BigDecimal hours(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private void submit(DemoPlatform demo, Period period, ReportSection section) {
        MetricReport report = MetricReport.create(
                UUID.randomUUID(),
                demo.platformId(),
                period,
                OffsetDateTime.ofInstant(clock.instant(), obligations.timeZone()),
                "demo-history",
                section);
        post(demo.platformId(), "/api/v1/reports", CanonicalJson.write(report));
    }

    /** Jiangbei Live's livestream incident two days ago: reported, contained, then no follow-up. */
    private List<Event> incident(LocalDate today, ZoneId zone) {
        String platformId = "cq-live";
        OffsetDateTime detected = today.minusDays(2).atTime(21, 10).atZone(zone).toOffsetDateTime();
        Incident incident = new Incident(
                UUID.randomUUID(),
                platformId,
                Incident.Severity.MAJOR,
                Category.RUMOURS_FALSE_INFORMATION,
                detected.minusMinutes(25),
                detected,
                "直播间传播涉灾害不实信息",
                "一名主播在直播中传播某地山火“已造成重大伤亡”的不实信息，相关片段被转发约 4,000 次。",
                "直播观看约 8 万人次，转发约 4,000 次",
                "已中断直播并封禁直播间，按哈希屏蔽转发片段，发布辟谣提示。",
                "值班主任 023-6000-0001");
        IncidentUpdate contained = new IncidentUpdate(
                UUID.randomUUID(),
                incident.incidentId(),
                platformId,
                IncidentUpdate.Status.CONTAINED,
                detected.plusHours(5),
                "转发片段已全部处置，正在排查关联账号。");
        return List.of(
                new Event(
                        detected.plusMinutes(40).toInstant(),
                        () -> post(platformId, "/api/v1/incidents", CanonicalJson.write(incident))),
                new Event(
                        detected.plusHours(5).toInstant(),
                        () -> post(
                                platformId,
                                "/api/v1/incidents/" + incident.incidentId() + "/updates",
                                CanonicalJson.write(contained))));
    }

    /** A notice to every Chongqing platform five days ago: all demo agents received it, two people acknowledged it. */
    /**
     * Chongqing's enforcement: 江北直播 (understaffed) interviewed four weeks ago and ordered to rectify three weeks
     * ago with a deadline a week ago that passed without a report (RECTIFICATION_OVERDUE); 渝州论坛 warned.
     */
    private List<Event> enforcement(LocalDate today, ZoneId zone) {
        StaffPrincipal admin = StaffPrincipal.system("demo", "CN-50");
        String basis = "《关于进一步压实网站平台信息内容管理主体责任的意见》（十二）";
        LocalDate interviewed = today.minusDays(28);
        LocalDate ordered = today.minusDays(21);
        LocalDate warned = today.minusDays(10);
        return List.of(
                new Event(
                        interviewed.atTime(9, 30).atZone(zone).toInstant(),
                        () -> enforcement.record(
                                admin,
                                new NewAction(
                                        "cq-live",
                                        ActionKind.INTERVIEW,
                                        interviewed,
                                        basis,
                                        "审核人员配比连续低于要求，约谈平台主要负责人。",
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        interviewed
                                                .plusDays(2)
                                                .atTime(10, 0)
                                                .atZone(zone)
                                                .toOffsetDateTime(),
                                        "市网信办 3 楼会议室",
                                        "平台主要负责人、内容安全负责人",
                                        null,
                                        null,
                                        null))),
                new Event(
                        ordered.atTime(15, 0).atZone(zone).toInstant(),
                        () -> enforcement.record(
                                admin,
                                new NewAction(
                                        "cq-live",
                                        ActionKind.RECTIFICATION_ORDER,
                                        ordered,
                                        basis,
                                        "约谈后审核力量仍未补足。",
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        "一、两周内审核人员达到每 10 万日活 3 人；二、报送人员花名册。",
                                        today.minusDays(7)))),
                new Event(
                        warned.atTime(11, 0).atZone(zone).toInstant(),
                        () -> enforcement.record(
                                admin,
                                new NewAction(
                                        "cq-forum",
                                        ActionKind.WARNING,
                                        warned,
                                        basis,
                                        "停止报送投诉处理情况，经提醒仍未补报，予以警告。",
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))));
    }

    private List<Event> notice(LocalDate today, ZoneId zone) {
        AtomicReference<UUID> issued = new AtomicReference<>();
        OffsetDateTime at = today.minusDays(5).atTime(10, 0).atZone(zone).toOffsetDateTime();
        List<Event> events = new ArrayList<>();
        events.add(new Event(
                at.toInstant(),
                () -> issued.set(notices.issue(
                                StaffPrincipal.system("demo", "CN-50"),
                                new Notice.Draft(
                                        Notice.Audience.ALL,
                                        null,
                                        null,
                                        Notice.Severity.WARNING,
                                        "关于开展网络谣言专项整治自查的通知",
                                        "请各平台对近期涉灾害、涉公共安全类信息的处置情况开展自查，并于截止时间前回复自查情况。",
                                        true,
                                        today.minusDays(1)
                                                .atTime(18, 0)
                                                .atZone(zone)
                                                .toOffsetDateTime()))
                        .noticeId())));
        List<String> chongqing = PLATFORMS.stream()
                .filter(p -> p.jurisdiction().equals("CN-50"))
                .map(DemoPlatform::platformId)
                .toList();
        for (int i = 0; i < chongqing.size(); i++) {
            String platformId = chongqing.get(i);
            events.add(new Event(
                    at.plusMinutes(2 + i).toInstant(),
                    () -> post(platformId, "/api/v1/notices/" + issued.get() + "/receipts", new byte[0])));
            if (i % 2 == 0) {
                OffsetDateTime acknowledged = at.plusHours(3 + i);
                events.add(new Event(
                        acknowledged.toInstant(),
                        () -> post(
                                platformId,
                                "/api/v1/notices/" + issued.get() + "/acknowledgements",
                                CanonicalJson.write(new NoticeAcknowledgement(
                                        issued.get(), platformId, "张敏（内容安全部）", acknowledged, "已收到，将于截止时间前报送自查情况。")))));
            }
        }
        return events;
    }

    /** A signed request as the platform's agent sends it; anything but acceptance stops the demo's start. */
    private void post(String platformId, String path, byte[] body) {
        var headers = signers.get(platformId).sign("POST", path, body, clock.instant());
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path))
                .POST(
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        headers.asMap().forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("demo history: " + path + " of " + platformId + " answered "
                        + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("demo history: " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo history interrupted", e);
        }
    }
}
