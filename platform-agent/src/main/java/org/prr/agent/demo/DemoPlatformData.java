package org.prr.agent.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.AccountAction;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.prr.model.MetricFamily;
import org.prr.model.TakedownMeasure;
import org.prr.model.TakedownSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plays the demo platform's own systems, as tables in the agent's own database (demo/platform-source.sql): a few
 * thousand plausible complaints and several hundred moderation actions for each of the last {@value #DAYS} days,
 * a roster of reviewers and editors, the daily business figures of the last {@value #SCALE_DAYS} days, and the
 * narrative of last year's annual report (the same data for the same day on every machine). Runs before the
 * scheduler starts, so the first reports have data.
 */
@Component
@Profile("demo")
class DemoPlatformData implements SmartInitializingSingleton {

    static final int DAYS = 8;
    static final int SCALE_DAYS = 70;
    private static final Logger log = LoggerFactory.getLogger(DemoPlatformData.class);

    private final JdbcTemplate jdbc;
    private final AgentSettings settings;
    private final Clock clock;

    DemoPlatformData(DataSource dataSource, AgentSettings settings, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(settings.schedule().timeZone()));
        for (LocalDate day = now.toLocalDate().minusDays(DAYS - 1);
                !day.isAfter(now.toLocalDate());
                day = day.plusDays(1)) {
            Integer existing = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM demo_complaint WHERE complaint_id LIKE ?", Integer.class, prefix(day) + "%");
            if (existing == 0) {
                int rows = generate(day, now);
                int actions = generateModeration(day, now);
                log.info("Demo: generated {} complaints and {} moderation actions of {}", rows, actions, day);
            }
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM demo_staff", Integer.class) == 0) {
            generateRoster(now.toLocalDate());
        }
        for (LocalDate day = now.toLocalDate().minusDays(SCALE_DAYS);
                day.isBefore(now.toLocalDate());
                day = day.plusDays(1)) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM demo_daily_scale WHERE scale_day = ?", Integer.class, day)
                    == 0) {
                Random random = new Random(day.toEpochDay() * 31);
                jdbc.update(
                        "INSERT INTO demo_daily_scale (scale_day, active_users, new_content_items) VALUES (?, ?, ?)",
                        day,
                        1_150_000 + random.nextInt(100_000),
                        60_000 + random.nextInt(8_000));
            }
        }
        writeAnnualNarrative(now.getYear() - 1);
    }

    /** Moderation actions taken on the day: mostly content removals, some account actions and regulator orders. */
    private int generateModeration(LocalDate day, LocalDateTime now) {
        Random random = new Random(day.toEpochDay() * 7);
        List<Object[]> rows = new ArrayList<>();
        int count = 600 + random.nextInt(300);
        for (int i = 0; i < count; i++) {
            LocalDateTime at = day.atStartOfDay().plusSeconds(secondOfDay(random));
            if (at.isAfter(now)) {
                continue;
            }
            String id = "M" + prefix(day) + i;
            double kind = random.nextDouble();
            if (kind < 0.86) {
                TakedownSource source = pick(random, SOURCES, SOURCE_WEIGHTS);
                rows.add(new Object[] {
                    id,
                    "CONTENT",
                    Timestamp.valueOf(at),
                    pick(random, CATEGORIES, CATEGORY_WEIGHTS).name(),
                    source.name(),
                    pick(random, MEASURES, MEASURE_WEIGHTS).name(),
                    source == TakedownSource.PROACTIVE_AUTOMATED && random.nextDouble() < 0.8,
                    null,
                    false,
                    null
                });
            } else if (kind < 0.96) {
                AccountAction action = pick(random, ACCOUNT_ACTIONS, ACCOUNT_WEIGHTS);
                rows.add(new Object[] {
                    id,
                    "ACCOUNT",
                    Timestamp.valueOf(at),
                    null,
                    null,
                    null,
                    false,
                    action.name(),
                    random.nextDouble() < 0.1,
                    null
                });
            } else if (kind < 0.995) {
                String type = random.nextBoolean()
                        ? "BLACKLIST_ADDITION"
                        : random.nextBoolean() ? "DORMANT_ACCOUNT_CLEARED" : "REINCARNATION_BLOCKED";
                rows.add(new Object[] {id, type, Timestamp.valueOf(at), null, null, null, false, null, false, null});
            } else {
                LocalDateTime executed = at.plusMinutes(30 + random.nextInt(600));
                rows.add(new Object[] {
                    id,
                    "REGULATOR_ORDER",
                    executed.isAfter(now) ? null : Timestamp.valueOf(executed),
                    null,
                    null,
                    null,
                    false,
                    null,
                    false,
                    Timestamp.valueOf(at)
                });
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO demo_moderation_action (action_id, action_type, actioned_at, category, source, "
                        + "measure, automated, account_action, livestreamer, order_received_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows);
        return rows.size();
    }

    /** 100 reviewers (30 of them outsourced), 15 licensed news editors with a chief editor, 25 others. */
    private void generateRoster(LocalDate today) {
        Random random = new Random(42);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 140; i++) {
            String role = i < 100 ? "REVIEWER" : i < 115 ? "NEWS_EDITOR" : "OTHER";
            boolean external = i < 30;
            LocalDate joined = today.minusDays(30 + random.nextInt(1000));
            LocalDate left = random.nextDouble() < 0.08 ? today.minusDays(random.nextInt(60)) : null;
            rows.add(new Object[] {
                "S" + i,
                role,
                external ? "EXTERNAL" : "INTERNAL",
                external ? new BigDecimal("0.50") : BigDecimal.ONE,
                joined,
                left,
                role.equals("NEWS_EDITOR"),
                i == 100,
                new BigDecimal(random.nextInt(9)),
                null
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO demo_staff (staff_id, role, employment, fte, joined_on, left_on, licensed_news, "
                        + "chief_editor, training_hours, blacklisted_on) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows);
        log.info("Demo: generated a roster of {} staff", rows.size());
    }

    /** What the demo platform's compliance team wrote for last year's annual report. */
    private void writeAnnualNarrative(int year) {
        Path file = Path.of(
                settings.families().get(MetricFamily.ANNUAL).narrativeFile().replace("{year}", Integer.toString(year)));
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(
                    file,
                    """
                    communityRulesVersion: "3.2"
                    communityRulesEffectiveFrom: %d-03-01
                    narrative:
                      COMMUNITY_RULES: |
                        社区规则于%d年3月修订，新增网络暴力、恶意炒作条款。
                      CONTENT_REVIEW: 审核团队实行7×24小时轮班，重点时段人工复核全部直播。
                      MINORS_PROTECTION: 未成年人模式覆盖全部产品，夜间时段限制使用。
                      STAFFING: 审核人员100人，其中外包30人；全年组织培训12次。
                    """
                            .formatted(year, year));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's annual narrative " + file, e);
        }
    }

    private static String prefix(LocalDate day) {
        return "D" + day.toString().replace("-", "") + "-";
    }

    private int generate(LocalDate day, LocalDateTime now) {
        Random random = new Random(day.toEpochDay());
        int count = 2500 + random.nextInt(1000);
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDateTime received = day.atStartOfDay().plusSeconds(secondOfDay(random));
            if (received.isAfter(now)) {
                continue;
            }
            Category category = pick(random, CATEGORIES, CATEGORY_WEIGHTS);
            boolean clearlyIllegal = random.nextDouble() < (SEVERE.contains(category) ? 0.7 : 0.1);
            // Handling time: log-normal around a 3 h median with a long tail; 3 % are left open.
            double hours = Math.exp(Math.log(3) + 1.2 * random.nextGaussian());
            LocalDateTime closed = random.nextDouble() < 0.03 ? null : received.plusSeconds((long) (hours * 3600));
            if (closed != null && closed.isAfter(now)) {
                closed = null;
            }
            ComplaintOutcome outcome = closed == null
                    ? null
                    : clearlyIllegal
                            ? pick(random, OUTCOMES, ILLEGAL_OUTCOME_WEIGHTS)
                            : pick(random, OUTCOMES, OTHER_OUTCOME_WEIGHTS);
            boolean appealed = closed != null && outcome != ComplaintOutcome.NO_VIOLATION && random.nextDouble() < 0.02;
            rows.add(new Object[] {
                prefix(day) + i,
                Timestamp.valueOf(received),
                pick(random, CHANNELS, CHANNEL_WEIGHTS).name(),
                category.name(),
                closed == null ? null : Timestamp.valueOf(closed),
                outcome == null ? null : outcome.name(),
                closed != null && random.nextDouble() < 0.95,
                clearlyIllegal,
                appealed,
                appealed && random.nextDouble() < 0.25
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO demo_complaint (complaint_id, received_at, channel, category, closed_at, "
                        + "outcome, feedback_given, clearly_illegal, appealed, appeal_upheld) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows);
        return rows.size();
    }

    /** More complaints by day and evening than at night. */
    private static long secondOfDay(Random random) {
        int hour = pick(random, HOURS, HOUR_WEIGHTS);
        return hour * 3600L + random.nextInt(3600);
    }

    private static <T> T pick(Random random, List<T> values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    private static final List<Integer> HOURS =
            java.util.stream.IntStream.range(0, 24).boxed().toList();
    private static final double[] HOUR_WEIGHTS = {
        3, 2, 1, 1, 1, 1, 2, 3, 5, 6, 7, 7, 7, 6, 6, 6, 6, 7, 8, 9, 10, 10, 8, 5
    };
    private static final List<ComplaintChannel> CHANNELS = List.of(ComplaintChannel.values());
    private static final double[] CHANNEL_WEIGHTS = {20, 55, 8, 7, 5, 5};
    private static final List<Category> CATEGORIES = List.of(Category.values());
    private static final double[] CATEGORY_WEIGHTS = {0.5, 0.5, 1, 15, 18, 5, 4, 14, 9, 10, 3, 1, 8, 2, 8, 1};
    private static final List<Category> SEVERE = List.of(
            Category.ENDANGERING_NATIONAL_SECURITY,
            Category.TERRORISM_EXTREMISM,
            Category.PORNOGRAPHY_VULGARITY,
            Category.GAMBLING,
            Category.FRAUD_SCAMS,
            Category.HARM_TO_MINORS);
    private static final List<TakedownSource> SOURCES = List.of(TakedownSource.values());
    private static final double[] SOURCE_WEIGHTS = {25, 55, 15, 3, 2};
    private static final List<TakedownMeasure> MEASURES = List.of(TakedownMeasure.values());
    private static final double[] MEASURE_WEIGHTS = {60, 20, 12, 5, 3};
    private static final List<AccountAction> ACCOUNT_ACTIONS = List.of(AccountAction.values());
    private static final double[] ACCOUNT_WEIGHTS = {50, 25, 20, 5};
    private static final List<ComplaintOutcome> OUTCOMES = List.of(ComplaintOutcome.values());
    private static final double[] ILLEGAL_OUTCOME_WEIGHTS = {70, 10, 15, 0, 5, 0};
    private static final double[] OTHER_OUTCOME_WEIGHTS = {25, 15, 5, 50, 0, 5};
}
