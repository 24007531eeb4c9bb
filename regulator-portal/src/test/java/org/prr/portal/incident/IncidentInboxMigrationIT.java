package org.prr.portal.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.json.CanonicalJson;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Incidents in the ledger before the inbox existed (V11) are in the inbox after V13, with their updates. */
class IncidentInboxMigrationIT {

    static final OffsetDateTime MORNING = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void theInboxIsFilledFromTheLedgersIncidentsAndUpdates() throws Exception {
        try (Connection owner = FreshMariaDbDatabase.connectAsAdministrator(FreshMariaDbDatabase.create())) {
            SingleConnectionDataSource db = new SingleConnectionDataSource(owner, true);
            Flyway.configure().dataSource(db).target("11").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            jdbc.update(
                    "INSERT INTO platform (platform_id, name, jurisdiction, tier, registered_at) "
                            + "VALUES ('old-video', 'Old video', 'CN-50', 'KEY', ?)",
                    LocalDateTime.of(2026, 1, 1, 0, 0));
            Incident incident = new Incident(
                    UUID.randomUUID(),
                    "old-video",
                    Incident.Severity.MAJOR,
                    Category.OTHER,
                    MORNING,
                    MORNING.plusMinutes(5),
                    "数据泄露",
                    "用户资料外泄。",
                    null,
                    null,
                    "值班 023-0000-0000");
            IncidentUpdate closed = new IncidentUpdate(
                    UUID.randomUUID(),
                    incident.incidentId(),
                    "old-video",
                    IncidentUpdate.Status.CLOSED,
                    MORNING.plusDays(1),
                    "终报");
            entry(jdbc, 1, "INCIDENT_REPORTED", incident, LocalDateTime.of(2026, 11, 23, 1, 10));
            entry(jdbc, 2, "INCIDENT_UPDATED", closed, LocalDateTime.of(2026, 11, 24, 1, 0));

            Flyway.configure()
                    .dataSource(db)
                    .javaMigrations(new V13__Incident_inbox_from_ledger())
                    .load()
                    .migrate();

            Map<String, Object> row = jdbc.queryForMap(
                    "SELECT * FROM incident WHERE incident_id = ?",
                    incident.incidentId().toString());
            assertThat(row.get("title")).isEqualTo("数据泄露");
            assertThat(row.get("status")).isEqualTo("CLOSED");
            assertThat(row.get("updates")).isEqualTo(1);
            assertThat(((Timestamp) row.get("reported_at")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.of(2026, 11, 23, 1, 10));
            assertThat(((Timestamp) row.get("detected_at")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.of(2026, 11, 23, 1, 5));
            assertThat(((Timestamp) row.get("closed_at")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.of(2026, 11, 24, 1, 0));
            assertThat(jdbc.queryForObject(
                            "SELECT text FROM incident_update WHERE update_id = ?",
                            String.class,
                            closed.updateId().toString()))
                    .isEqualTo("终报");
        }
    }

    private static void entry(JdbcTemplate jdbc, long seq, String type, Object document, LocalDateTime at) {
        String payload = new String(CanonicalJson.write(document), StandardCharsets.UTF_8);
        jdbc.update(
                "INSERT INTO ledger_entry (platform_id, seq, entry_type, recorded_at, payload, payload_hash, prev_hash, "
                        + "entry_hash) VALUES ('old-video', ?, ?, ?, ?, ?, ?, ?)",
                seq,
                type,
                at,
                payload,
                "0".repeat(64),
                "0".repeat(64),
                Long.toString(seq).repeat(64).substring(0, 64));
    }
}
