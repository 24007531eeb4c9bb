package org.prr.agent.source;

import java.time.LocalDateTime;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;

/**
 * One complaint as the platform's ticket system knows it. Times are local date-times in the reporting time zone;
 * {@code closedAt} and {@code outcome} are null while it is open.
 */
public record ComplaintRecord(String complaintId, LocalDateTime receivedAt, ComplaintChannel channel,
        Category category, LocalDateTime closedAt, ComplaintOutcome outcome, boolean feedbackGiven,
        boolean clearlyIllegal, boolean appealed, boolean appealUpheld) {
}
