package org.prr.agent.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.prr.agent.AgentSettings;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plays the demo platform's ticket system: a {@code demo_complaint} table in the agent's own database, filled with
 * a few thousand plausible complaints for each of the last {@value #DAYS} days (the same rows for the same day on
 * every machine). Runs before the scheduler starts, so the first report has data.
 */
@Component
@Profile("demo")
class DemoComplaintGenerator implements SmartInitializingSingleton {

    static final int DAYS = 8;
    private static final Logger log = LoggerFactory.getLogger(DemoComplaintGenerator.class);

    private final JdbcTemplate jdbc;
    private final AgentSettings settings;
    private final Clock clock;

    DemoComplaintGenerator(DataSource dataSource, AgentSettings settings, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(settings.schedule().timeZone()));
        for (LocalDate day = now.toLocalDate().minusDays(DAYS - 1); !day.isAfter(now.toLocalDate());
                day = day.plusDays(1)) {
            Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM demo_complaint WHERE complaint_id LIKE ?",
                    Integer.class, prefix(day) + "%");
            if (existing == 0) {
                int rows = generate(day, now);
                log.info("Demo: generated {} complaints received on {}", rows, day);
            }
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
            ComplaintOutcome outcome = closed == null ? null
                    : clearlyIllegal ? pick(random, OUTCOMES, ILLEGAL_OUTCOME_WEIGHTS)
                    : pick(random, OUTCOMES, OTHER_OUTCOME_WEIGHTS);
            boolean appealed = closed != null && outcome != ComplaintOutcome.NO_VIOLATION && random.nextDouble() < 0.02;
            rows.add(new Object[] {prefix(day) + i, Timestamp.valueOf(received),
                    pick(random, CHANNELS, CHANNEL_WEIGHTS).name(), category.name(),
                    closed == null ? null : Timestamp.valueOf(closed), outcome == null ? null : outcome.name(),
                    closed != null && random.nextDouble() < 0.95, clearlyIllegal, appealed,
                    appealed && random.nextDouble() < 0.25});
        }
        jdbc.batchUpdate("INSERT INTO demo_complaint (complaint_id, received_at, channel, category, closed_at, "
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

    private static final List<Integer> HOURS = java.util.stream.IntStream.range(0, 24).boxed().toList();
    private static final double[] HOUR_WEIGHTS = {3, 2, 1, 1, 1, 1, 2, 3, 5, 6, 7, 7, 7, 6, 6, 6, 6, 7, 8, 9, 10,
        10, 8, 5};
    private static final List<ComplaintChannel> CHANNELS = List.of(ComplaintChannel.values());
    private static final double[] CHANNEL_WEIGHTS = {20, 55, 8, 7, 5, 5};
    private static final List<Category> CATEGORIES = List.of(Category.values());
    private static final double[] CATEGORY_WEIGHTS = {0.5, 0.5, 1, 15, 18, 5, 4, 14, 9, 10, 3, 1, 8, 2, 8, 1};
    private static final List<Category> SEVERE = List.of(Category.ENDANGERING_NATIONAL_SECURITY,
            Category.TERRORISM_EXTREMISM, Category.PORNOGRAPHY_VULGARITY, Category.GAMBLING, Category.FRAUD_SCAMS,
            Category.HARM_TO_MINORS);
    private static final List<ComplaintOutcome> OUTCOMES = List.of(ComplaintOutcome.values());
    private static final double[] ILLEGAL_OUTCOME_WEIGHTS = {70, 10, 15, 0, 5, 0};
    private static final double[] OTHER_OUTCOME_WEIGHTS = {25, 15, 5, 50, 0, 5};
}
