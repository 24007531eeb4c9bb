package org.prr.agent.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A durable queue of signed documents for the portal, delivered in order by its own Camel route: routine reports
 * in one, major incidents in another, so that an incident never waits behind reports. Rows move from PENDING to
 * DELIVERED (the receipt kept) or DEAD_LETTER (the problem kept); attempts and the last error are counted on the
 * way. A queue's table holds each document's id, the API path it goes to and its exact JSON; one that keeps them
 * elsewhere (the outbox, whose reports are their own table) says so by overriding {@link #pending}.
 */
public abstract class DeliveryQueue {

    /** A document waiting to be sent: the row, its id, the API path it goes to and its exact JSON. */
    public record Pending(long id, String documentId, String path, String payload) {}

    protected final JdbcTemplate jdbc;
    protected final Clock clock;
    private final String table;
    private final String documentColumn;

    protected DeliveryQueue(JdbcTemplate jdbc, Clock clock, String table, String documentColumn) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.documentColumn = documentColumn;
    }

    /** Names the queue's route and its log lines: reports, incidents. */
    public abstract String name();

    /** The oldest pending documents, in the order they must arrive. */
    public List<Pending> pending(int limit) {
        return jdbc.query(
                "SELECT id, " + documentColumn + ", path, payload FROM " + table
                        + " WHERE status = ? ORDER BY id LIMIT ?",
                (row, n) -> new Pending(
                        row.getLong("id"),
                        row.getString(documentColumn),
                        row.getString("path"),
                        row.getString("payload")),
                DeliveryStatus.PENDING.name(),
                limit);
    }

    public void recordAttempt(long id) {
        jdbc.update("UPDATE " + table + " SET attempts = attempts + 1 WHERE id = ?", id);
    }

    public void recordFailure(long id, Integer httpStatus, String error) {
        jdbc.update(
                "UPDATE " + table + " SET http_status = ?, last_error = ? WHERE id = ?",
                httpStatus,
                abbreviate(error),
                id);
    }

    public void markDelivered(long id, int httpStatus, String receipt, long ledgerSeq) {
        jdbc.update(
                "UPDATE " + table + " SET status = ?, http_status = ?, receipt = ?, ledger_seq = ?, "
                        + "last_error = NULL, finished_at = ? WHERE id = ?",
                DeliveryStatus.DELIVERED.name(),
                httpStatus,
                receipt,
                ledgerSeq,
                Timestamp.from(clock.instant()),
                id);
    }

    public void markDeadLetter(long id, int httpStatus, String problem) {
        jdbc.update(
                "UPDATE " + table + " SET status = ?, http_status = ?, problem = ?, finished_at = ? WHERE id = ?",
                DeliveryStatus.DEAD_LETTER.name(),
                httpStatus,
                problem,
                Timestamp.from(clock.instant()),
                id);
    }

    /**
     * A dead letter goes back in line as it is, e.g. once the portal has registered the agent's key.
     *
     * @return false when the document is not a dead letter of this queue
     */
    public boolean resend(String documentId) {
        return jdbc.update(
                        "UPDATE " + table + " SET status = ?, problem = NULL, finished_at = NULL WHERE "
                                + documentColumn + " = ? AND status = ?",
                        DeliveryStatus.PENDING.name(),
                        documentId,
                        DeliveryStatus.DEAD_LETTER.name())
                == 1;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
