package org.prr.portal.incident;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.jdbc.UtcColumns;
import org.springframework.stereotype.Component;

/**
 * Fills the incident inbox (V12) from the incidents and updates already in the ledger, so an incident reported before
 * the inbox existed is listed and can still be followed up. Each platform's entries are read in chain order, so an
 * incident's row exists before its updates change it. The ledger is only read. A bean, so Spring Boot's Flyway runs it
 * in version order with the SQL migrations in db/migration.
 */
@Component
class V13__Incident_inbox_from_ledger extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (PreparedStatement entries = db.prepareStatement(
                        "SELECT seq, entry_type, recorded_at, payload FROM ledger_entry "
                                + "WHERE entry_type IN ('INCIDENT_REPORTED', 'INCIDENT_UPDATED') ORDER BY platform_id, seq");
                ResultSet row = entries.executeQuery()) {
            while (row.next()) {
                byte[] payload = row.getString("payload").getBytes(StandardCharsets.UTF_8);
                LocalDateTime at = row.getObject("recorded_at", LocalDateTime.class);
                long seq = row.getLong("seq");
                if (row.getString("entry_type").equals("INCIDENT_REPORTED")) {
                    reported(db, CanonicalJson.parse(payload, Incident.class), at, seq);
                } else {
                    updated(db, CanonicalJson.parse(payload, IncidentUpdate.class), at, seq);
                }
            }
        }
    }

    private static void reported(Connection db, Incident incident, LocalDateTime at, long seq) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO incident (incident_id, platform_id, severity, category, title, summary, scope, "
                        + "actions_taken, contact, occurred_at, detected_at, reported_at, ledger_seq, status, updates, "
                        + "last_heard_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0, ?)")) {
            insert.setString(1, incident.incidentId().toString());
            insert.setString(2, incident.platformId());
            insert.setString(3, incident.severity().name());
            insert.setString(4, incident.category().name());
            insert.setString(5, incident.title());
            insert.setString(6, incident.summary());
            insert.setString(7, incident.scope());
            insert.setString(8, incident.actionsTaken());
            insert.setString(9, incident.contact());
            insert.setObject(10, UtcColumns.toColumn(incident.occurredAt().toInstant()));
            insert.setObject(11, UtcColumns.toColumn(incident.detectedAt().toInstant()));
            insert.setObject(12, at);
            insert.setLong(13, seq);
            insert.setObject(14, at);
            insert.executeUpdate();
        }
    }

    private static void updated(Connection db, IncidentUpdate update, LocalDateTime at, long seq) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO incident_update (update_id, incident_id, status, updated_at, text, accepted_at, "
                                + "ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement change = db.prepareStatement(
                        "UPDATE incident SET status = ?, updates = updates + 1, last_heard_at = ?, closed_at = ? "
                                + "WHERE incident_id = ?")) {
            insert.setString(1, update.updateId().toString());
            insert.setString(2, update.incidentId().toString());
            insert.setString(3, update.status().name());
            insert.setObject(4, UtcColumns.toColumn(update.at().toInstant()));
            insert.setString(5, update.text());
            insert.setObject(6, at);
            insert.setLong(7, seq);
            insert.executeUpdate();
            change.setString(1, update.status().name());
            change.setObject(2, at);
            change.setObject(3, update.status() == IncidentUpdate.Status.CLOSED ? at : null);
            change.setString(4, update.incidentId().toString());
            change.executeUpdate();
        }
    }
}
