package org.prr.portal.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.enforcement.Action;
import org.prr.portal.enforcement.Enforcement;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.filing.Filing;
import org.prr.portal.filing.FilingQuery;
import org.prr.portal.filing.FilingStatus;
import org.prr.portal.filing.Filings;
import org.prr.portal.flag.Flags;
import org.prr.portal.flag.GapRule;
import org.prr.portal.incident.IncidentInbox;
import org.prr.portal.jdbc.UtcColumns;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, keeps and serves meeting packs. A pack is computed once, as of the moment it is made, from the same services
 * the pages read (in the caller's jurisdiction), rendered to PDF with the SHA-256 of its content's canonical JSON on
 * every page, and stored with that JSON and the file, so the pack shown at a meeting is served again byte for byte
 * and can be proven later.
 */
@Service
public class MeetingPacks {

    /** What staff ask for: the period (days, both included), the actions to show as typical cases, their remarks. */
    public record Request(LocalDate from, LocalDate to, List<UUID> typicalCases, String remarks) {}

    /** A pack as the list shows it. */
    public record Pack(
            UUID packId,
            String jurisdiction,
            LocalDate from,
            LocalDate to,
            Instant asOf,
            String generatedBy,
            String contentSha256,
            String pdfSha256) {}

    private static final int MAX_DAYS = 366;
    private static final int MAX_CASES = 20;
    private static final int PLATFORMS_AT_A_TIME = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final PlatformRegistry registry;
    private final Filings filings;
    private final Flags flags;
    private final IncidentInbox incidents;
    private final Enforcement enforcement;
    private final PackPdf pdf;
    private final Obligations obligations;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingPacks(
            NamedParameterJdbcTemplate jdbc,
            PlatformRegistry registry,
            Filings filings,
            Flags flags,
            IncidentInbox incidents,
            Enforcement enforcement,
            PackPdf pdf,
            Obligations obligations,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.filings = filings;
        this.flags = flags;
        this.incidents = incidents;
        this.enforcement = enforcement;
        this.pdf = pdf;
        this.obligations = obligations;
        this.audit = audit;
        this.clock = clock;
    }

    /** ANALYST or ADMIN: makes the pack of the caller's jurisdiction for the period, as of now, and keeps it. */
    @Transactional
    public Pack create(StaffPrincipal by, Request request) {
        by.requireAnyOf(Role.ANALYST, Role.ADMIN);
        ZoneId zone = obligations.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (request.from() == null || request.to() == null) {
            throw InvalidInput.field(request.from() == null ? "from" : "to", "is required (a date like 2026-11-01)");
        }
        if (request.from().isAfter(request.to())) {
            throw InvalidInput.field("from", "is after to (" + request.to() + ")");
        }
        if (request.to().isAfter(today)) {
            throw InvalidInput.field("to", "is after today: a pack reports what has happened");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) >= MAX_DAYS) {
            throw InvalidInput.field("to", "is more than a year after from");
        }
        List<UUID> chosen = request.typicalCases() == null ? List.of() : request.typicalCases();
        if (chosen.size() > MAX_CASES) {
            throw InvalidInput.field("typicalCases", "at most " + MAX_CASES);
        }
        if (request.remarks() != null && request.remarks().length() > 5000) {
            throw InvalidInput.field("remarks", "is longer than 5000 characters");
        }
        Instant asOf = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant start = request.from().atStartOfDay(zone).toInstant();
        Instant end = request.to().plusDays(1).atStartOfDay(zone).toInstant();
        Filed filed = filed(by, request.from(), request.to());
        PackContent content = new PackContent(
                by.getJurisdiction(),
                request.from(),
                request.to(),
                asOf,
                by.getUsername(),
                filed.completeness(),
                filed.laggards(),
                flagLines(flags.activity(by, start, end)),
                incidents.reportedBetween(by, start, end, PackContent.INCIDENTS).stream()
                        .map(i -> new PackContent.IncidentLine(
                                i.reportedAt(),
                                i.platformName(),
                                i.severity().name(),
                                i.title(),
                                i.status().name()))
                        .toList(),
                enforcement.counts(by, request.from(), request.to()).entrySet().stream()
                        .map(e -> new PackContent.KindCount(e.getKey(), e.getValue()))
                        .toList(),
                chosen.stream()
                        .distinct()
                        .map(id -> typicalCase(enforcement.get(by, id)))
                        .toList(),
                request.remarks() == null || request.remarks().isBlank()
                        ? null
                        : request.remarks().strip());
        byte[] json = CanonicalJson.write(content);
        String contentSha256 = sha256(json);
        byte[] file = pdf.render(content, contentSha256, zone);
        UUID packId = UUID.randomUUID();
        Pack pack = new Pack(
                packId,
                by.getJurisdiction(),
                request.from(),
                request.to(),
                asOf,
                by.getUsername(),
                contentSha256,
                sha256(file));
        jdbc.update(
                "INSERT INTO meeting_pack (pack_id, jurisdiction, period_from, period_to, as_of, generated_by, content,"
                        + " content_sha256, pdf, pdf_sha256) VALUES (:id, :jurisdiction, :from, :to, :asOf, :by,"
                        + " :content, :contentSha256, :pdf, :pdfSha256)",
                new MapSqlParameterSource("id", packId.toString())
                        .addValue("jurisdiction", pack.jurisdiction())
                        .addValue("from", pack.from())
                        .addValue("to", pack.to())
                        .addValue("asOf", UtcColumns.toColumn(asOf))
                        .addValue("by", pack.generatedBy())
                        .addValue("content", new String(json, StandardCharsets.UTF_8))
                        .addValue("contentSha256", contentSha256)
                        .addValue("pdf", file)
                        .addValue("pdfSha256", pack.pdfSha256()));
        audit.record(
                by,
                AuditTrail.Action.EXPORTED,
                "meeting-pack " + packId,
                by.getJurisdiction(),
                "PDF, " + request.from() + ".." + request.to() + ", " + chosen.size()
                        + " typical cases, content SHA-256 " + contentSha256);
        return pack;
    }

    /** The caller's jurisdiction's packs (every one for national staff), newest first, at most 100. */
    @Transactional(readOnly = true)
    public List<Pack> list(StaffPrincipal by) {
        return jdbc.query(
                "SELECT pack_id, jurisdiction, period_from, period_to, as_of, generated_by, content_sha256, pdf_sha256"
                        + " FROM meeting_pack" + (by.isNational() ? "" : " WHERE jurisdiction = :jurisdiction")
                        + " ORDER BY as_of DESC LIMIT 100",
                new MapSqlParameterSource("jurisdiction", by.getJurisdiction()),
                (row, n) -> new Pack(
                        UUID.fromString(row.getString("pack_id")),
                        row.getString("jurisdiction"),
                        row.getObject("period_from", LocalDate.class),
                        row.getObject("period_to", LocalDate.class),
                        UtcColumns.instant(row, "as_of"),
                        row.getString("generated_by"),
                        row.getString("content_sha256"),
                        row.getString("pdf_sha256")));
    }

    /** The pack's PDF exactly as it was made; another jurisdiction's pack is not found. */
    @Transactional(readOnly = true)
    public byte[] pdf(StaffPrincipal by, UUID packId) {
        List<byte[]> found = jdbc.query(
                "SELECT pdf, jurisdiction FROM meeting_pack WHERE pack_id = :id",
                new MapSqlParameterSource("id", packId.toString()),
                (row, n) -> by.canSee(row.getString("jurisdiction")) ? row.getBytes("pdf") : null);
        if (found.isEmpty() || found.get(0) == null) {
            throw MeetingPackNotFound.forId(packId);
        }
        return found.get(0);
    }

    /** Every ended period of the span, counted by family and cadence, and the platforms that missed or were late. */
    private record Filed(List<PackContent.Completeness> completeness, List<PackContent.Laggard> laggards) {}

    private Filed filed(StaffPrincipal by, LocalDate from, LocalDate to) {
        List<Platform> platforms = registry.visibleTo(by);
        FilingQuery query = new FilingQuery(null, from, to, null, null, null, 0, 1);
        Map<String, int[]> byFamily = new LinkedHashMap<>();
        Map<String, int[]> byPlatform = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < platforms.size(); i += PLATFORMS_AT_A_TIME) {
            for (Filing f : filings.ofPlatforms(
                    by, platforms.subList(i, Math.min(i + PLATFORMS_AT_A_TIME, platforms.size())), query)) {
                if (f.status() == FilingStatus.DUE) {
                    continue;
                }
                int[] counts = byFamily.computeIfAbsent(
                        f.family() + "/" + f.period().cadence(), k -> new int[FilingStatus.values().length]);
                counts[f.status().ordinal()]++;
                if (f.status() == FilingStatus.MISSING || f.status() == FilingStatus.LATE) {
                    names.put(f.platformId(), f.platformName());
                    byPlatform
                            .computeIfAbsent(f.platformId(), k -> new int[2])[
                            f.status() == FilingStatus.MISSING ? 0 : 1]++;
                }
            }
        }
        List<PackContent.Completeness> completeness = new ArrayList<>();
        byFamily.forEach((key, counts) -> {
            String[] parts = key.split("/");
            int onTime = counts[FilingStatus.ON_TIME.ordinal()];
            int late = counts[FilingStatus.LATE.ordinal()];
            int amended = counts[FilingStatus.AMENDED.ordinal()];
            int missing = counts[FilingStatus.MISSING.ordinal()];
            int waived = counts[FilingStatus.WAIVED.ordinal()];
            int required = onTime + late + amended + missing;
            completeness.add(new PackContent.Completeness(
                    MetricFamily.valueOf(parts[0]),
                    Cadence.valueOf(parts[1]),
                    required,
                    onTime,
                    late,
                    amended,
                    missing,
                    waived,
                    required == 0
                            ? null
                            : BigDecimal.valueOf(100L * (required - missing))
                                    .divide(BigDecimal.valueOf(required), 1, RoundingMode.HALF_UP)));
        });
        completeness.sort(Comparator.comparing(PackContent.Completeness::family)
                .thenComparing(PackContent.Completeness::cadence));
        List<PackContent.Laggard> laggards = byPlatform.entrySet().stream()
                .map(e -> new PackContent.Laggard(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(PackContent.Laggard::missing)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(PackContent.Laggard::late)
                                .reversed())
                        .thenComparing(PackContent.Laggard::platformId))
                .limit(PackContent.LAGGARDS)
                .toList();
        return new Filed(completeness, laggards);
    }

    private static List<PackContent.FlagLine> flagLines(Flags.Activity activity) {
        List<PackContent.FlagLine> lines = new ArrayList<>();
        for (GapRule rule : GapRule.values()) {
            long opened = activity.opened().getOrDefault(rule, 0L);
            long resolved = activity.resolved().getOrDefault(rule, 0L);
            if (opened + resolved > 0) {
                lines.add(new PackContent.FlagLine(rule, opened, resolved));
            }
        }
        return lines;
    }

    private static PackContent.Case typicalCase(Action action) {
        return new PackContent.Case(
                action.actionId(),
                action.decidedOn(),
                action.kind(),
                action.platformName(),
                action.legalBasis(),
                action.summary());
    }

    /** Lower-case hex, as printed on the pack. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
