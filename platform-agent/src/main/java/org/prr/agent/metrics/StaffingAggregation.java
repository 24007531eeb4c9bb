package org.prr.agent.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.prr.agent.source.DailyScale;
import org.prr.agent.source.StaffMember;
import org.prr.model.Period;
import org.prr.model.StaffingSection;

/**
 * Folds the roster into the STAFFING section of one period: headcounts and FTE of the people employed on the
 * period's last day, flows (joined, left, blacklisted, training) within the period, and the business scale as the
 * average over the days the platform gave figures for. Without a business-scale source those two figures are null
 * (not collected).
 */
final class StaffingAggregation {

    private final Period period;
    private BigDecimal internalFte = BigDecimal.ZERO;
    private BigDecimal externalFte = BigDecimal.ZERO;
    private long reviewers;
    private long staff;
    private boolean chiefEditor;
    private long licensedNews;
    private BigDecimal trainingHours = BigDecimal.ZERO;
    private long trained;
    private long joined;
    private long left;
    private long blacklisted;
    private final Set<LocalDate> scaleDays = new HashSet<>();
    private long activeUsers;
    private long newContentItems;

    StaffingAggregation(Period period) {
        this.period = period;
    }

    /** @return whether the person was on the roster at some time in the period */
    boolean add(StaffMember member) {
        boolean reviewer = member.role() == StaffMember.Role.REVIEWER;
        if (member.employedOn(period.end())) {
            staff++;
            chiefEditor |= member.chiefEditor();
            if (member.licensedNews()) {
                licensedNews++;
            }
            if (reviewer) {
                reviewers++;
                if (member.employment() == StaffMember.Employment.INTERNAL) {
                    internalFte = internalFte.add(member.fte());
                } else {
                    externalFte = externalFte.add(member.fte());
                }
            }
        }
        if (member.trainingHours().signum() > 0) {
            trainingHours = trainingHours.add(member.trainingHours());
            trained++;
        }
        if (reviewer && within(member.joinedOn())) {
            joined++;
        }
        if (reviewer && within(member.leftOn())) {
            left++;
        }
        if (within(member.blacklistedOn())) {
            blacklisted++;
        }
        return !member.joinedOn().isAfter(period.end())
                && (member.leftOn() == null || !member.leftOn().isBefore(period.start()));
    }

    /** A day counts once, whatever the source repeats; at most one row per day is expected. */
    void add(DailyScale day) {
        if (within(day.day()) && scaleDays.add(day.day())) {
            activeUsers += day.activeUsers();
            newContentItems += day.newContentItems();
        }
    }

    /**
     * @param provided the optional columns ({@link StaffMember#OPTIONAL}) the roster gave; the figures of the others
     *     are null, not collected
     * @param scaleCollected whether a business-scale source is configured
     */
    StaffingSection result(Set<String> provided, boolean scaleCollected) {
        Long averageUsers =
                scaleCollected && !scaleDays.isEmpty() ? Math.round((double) activeUsers / scaleDays.size()) : null;
        Long averageItems =
                scaleCollected && !scaleDays.isEmpty() ? Math.round((double) newContentItems / scaleDays.size()) : null;
        return new StaffingSection(
                scale(internalFte.add(externalFte)),
                scale(internalFte),
                scale(externalFte),
                reviewers,
                staff,
                averageUsers,
                averageItems,
                provided.contains("chief_editor") ? chiefEditor : null,
                provided.contains("licensed_news") ? licensedNews : null,
                provided.contains("training_hours") ? scale(trainingHours) : null,
                provided.contains("training_hours") ? trained : null,
                joined,
                left,
                provided.contains("blacklisted_on") ? blacklisted : null);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private boolean within(LocalDate day) {
        return day != null && !day.isBefore(period.start()) && !day.isAfter(period.end());
    }
}
