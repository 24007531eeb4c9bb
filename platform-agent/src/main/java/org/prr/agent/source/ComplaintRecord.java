package org.prr.agent.source;

import java.time.LocalDateTime;
import java.util.List;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;

/**
 * One complaint as the platform's ticket system knows it. Times are local date-times in the reporting time zone;
 * {@code closedAt} and {@code outcome} are null while it is open.
 */
public record ComplaintRecord(
        String complaintId,
        LocalDateTime receivedAt,
        ComplaintChannel channel,
        Category category,
        LocalDateTime closedAt,
        ComplaintOutcome outcome,
        boolean feedbackGiven,
        boolean clearlyIllegal,
        boolean appealed,
        boolean appealUpheld) {

    public static final List<String> REQUIRED =
            List.of("complaint_id", "received_at", "channel", "category", "closed_at", "outcome");
    /** Columns a source may leave out: the figures that need them are then null (not collected). */
    public static final List<String> OPTIONAL =
            List.of("feedback_given", "clearly_illegal", "appealed", "appeal_upheld");

    public static ComplaintRecord from(SourceRow row) {
        return new ComplaintRecord(
                row.requiredText("complaint_id"),
                row.requiredDateTime("received_at"),
                row.requiredCode("channel", ComplaintChannel.class),
                row.requiredCode("category", Category.class),
                row.dateTime("closed_at"),
                row.code("outcome", ComplaintOutcome.class),
                row.flag("feedback_given"),
                row.flag("clearly_illegal"),
                row.flag("appealed"),
                row.flag("appeal_upheld"));
    }
}
