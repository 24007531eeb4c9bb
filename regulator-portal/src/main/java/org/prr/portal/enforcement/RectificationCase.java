package org.prr.portal.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rectification order as a case: the order, where it stands, and what the platform reported and staff found, in
 * order. {@code overdue}: still OPEN after its due time.
 */
public record RectificationCase(
        Action order,
        State state,
        Instant dueAt,
        boolean overdue,
        UUID noticeId,
        int reports,
        Instant lastReportedAt,
        Instant changedAt,
        String changedBy,
        List<Event> events) {

    public enum State {
        /** Waiting for the platform's rectification report. */
        OPEN,
        /** The platform reported; staff re-check and watch. */
        MONITORING,
        /** Staff found it rectified. */
        CLOSED,
        /** Staff took a further action instead. */
        ESCALATED
    }

    /** What the lists group cases by. */
    public enum Stage {
        OPEN(List.of(State.OPEN)),
        MONITORING(List.of(State.MONITORING)),
        CLOSED(List.of(State.CLOSED, State.ESCALATED));

        private final List<State> states;

        Stage(List<State> states) {
            this.states = states;
        }

        public List<State> states() {
            return states;
        }
    }

    /** The platform's report (REPORTED, by the person it names) or a staff re-check (the outcome, by the user). */
    public record Event(
            UUID eventId, String kind, Instant at, String by, String text, List<Evidence> evidence, long ledgerSeq) {}

    /** A piece of the platform's evidence, named and hashed. */
    public record Evidence(String name, String sha256) {}
}
