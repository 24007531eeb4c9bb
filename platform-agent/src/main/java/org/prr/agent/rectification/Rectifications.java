package org.prr.agent.rectification;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.prr.agent.notice.NoticeArrived;
import org.prr.agent.outbox.DeliveryQueue;
import org.prr.agent.outbox.DeliveryStatus;
import org.prr.agent.outbox.InvalidDocument;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.Notice;
import org.prr.model.RectificationReport;
import org.prr.model.json.CanonicalJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The regulator's rectification orders as their notices bring them, and the platform's reports on them: a report
 * names a case this agent received, what was done and by whom, and each piece of evidence by its file name and the
 * SHA-256 of its bytes (the files stay with the platform). Ids are fixed when reported, so a resend is a replay the
 * portal recognises.
 */
@Component
public class Rectifications extends DeliveryQueue {

    private static final Logger log = LoggerFactory.getLogger(Rectifications.class);

    /** A case as the agent received it, and its reports' deliveries. */
    public record Case(UUID caseId, UUID noticeId, String title, String body, Instant receivedAt, List<Sent> reports) {}

    /** A report on a case and where its delivery stands. */
    public record Sent(String reportId, DeliveryStatus status, int attempts, Long ledgerSeq, String problem) {}

    /** The case is not one the regulator sent this agent. */
    public static class Unknown extends NoSuchElementException {
        Unknown(UUID caseId) {
            super("no rectification order " + caseId + " reached this agent; its notice names the case");
        }
    }

    private final Validator validator;
    private final String platformId;

    Rectifications(JdbcTemplate jdbc, Clock clock, Validator validator, AgentSettings settings) {
        super(jdbc, clock, "rectification_outbox", "document_id");
        this.validator = validator;
        this.platformId = settings.platformId();
    }

    @Override
    public String name() {
        return "rectifications";
    }

    /** A rectification order arrived: kept once, as its notice states it. */
    @EventListener
    void ordered(NoticeArrived arrived) {
        Notice notice = arrived.notice();
        if (notice.kind() != Notice.Kind.RECTIFICATION_ORDER) {
            return;
        }
        UUID caseId = UUID.fromString(notice.reference());
        Integer known = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rectification_case WHERE case_id = ?", Integer.class, caseId.toString());
        if (known == 0) {
            jdbc.update(
                    "INSERT INTO rectification_case (case_id, notice_id, title, body, received_at) VALUES (?, ?, ?, ?, ?)",
                    caseId.toString(),
                    notice.noticeId().toString(),
                    notice.title(),
                    notice.body(),
                    Timestamp.from(clock.instant()));
            log.warn("Rectification order {} from the regulator: {}", caseId, notice.title());
        }
    }

    /**
     * Queues the platform's report on the case.
     *
     * @param evidence files whose name and SHA-256 the report carries; they are read here and not sent
     * @throws Unknown when the case's order never reached this agent
     */
    public RectificationReport report(UUID caseId, String reportedBy, String text, List<Path> evidence) {
        if (find(caseId) == null) {
            throw new Unknown(caseId);
        }
        List<RectificationReport.Evidence> hashed = new ArrayList<>();
        for (Path file : evidence) {
            hashed.add(new RectificationReport.Evidence(file.getFileName().toString(), sha256(file)));
        }
        RectificationReport report = new RectificationReport(
                UUID.randomUUID(),
                caseId,
                platformId,
                reportedBy,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                text,
                hashed);
        InvalidDocument.check(validator, report);
        jdbc.update(
                "INSERT INTO rectification_outbox (document_id, case_id, path, payload, status, attempts, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, 0, ?)",
                report.reportId().toString(),
                caseId.toString(),
                "/api/v1/rectifications/" + caseId + "/reports",
                new String(CanonicalJson.write(report), StandardCharsets.UTF_8),
                DeliveryStatus.PENDING.name(),
                Timestamp.from(clock.instant()));
        log.info(
                "Rectification report {} on case {} queued, {} piece(s) of evidence",
                report.reportId(),
                caseId,
                hashed.size());
        return report;
    }

    /** Every case received, oldest first, with its reports. */
    public List<Case> all() {
        return jdbc
                .queryForList("SELECT case_id FROM rectification_case ORDER BY received_at, case_id", String.class)
                .stream()
                .map(id -> find(UUID.fromString(id)))
                .toList();
    }

    private Case find(UUID caseId) {
        List<Sent> reports = jdbc.query(
                "SELECT * FROM rectification_outbox WHERE case_id = ? ORDER BY id",
                (row, n) -> new Sent(
                        row.getString("document_id"),
                        DeliveryStatus.valueOf(row.getString("status")),
                        row.getInt("attempts"),
                        (Long) row.getObject("ledger_seq", Long.class),
                        row.getString("problem")),
                caseId.toString());
        return jdbc
                .query(
                        "SELECT * FROM rectification_case WHERE case_id = ?",
                        (row, n) -> new Case(
                                caseId,
                                UUID.fromString(row.getString("notice_id")),
                                row.getString("title"),
                                row.getString("body"),
                                row.getTimestamp("received_at").toInstant(),
                                reports),
                        caseId.toString())
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The file's SHA-256 in lower-case hex, read as a stream (evidence may be large). */
    private static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the evidence " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
