package org.prr.agent.metrics;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.prr.agent.outbox.Outbox;
import org.prr.agent.source.ComplaintRecord;
import org.prr.agent.source.DailyScale;
import org.prr.agent.source.ModerationAction;
import org.prr.agent.source.RecordSource;
import org.prr.agent.source.RecordSources;
import org.prr.agent.source.SourceException;
import org.prr.agent.source.SourceRow;
import org.prr.agent.source.StaffMember;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.ReportSection;
import org.springframework.stereotype.Component;

/** Computes the section of a family for a period from the platform's sources (ANNUAL: from the agent's reports). */
@Component
class Sections {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final RecordSources sources;
    private final Outbox outbox;

    Sections(RecordSources sources, Outbox outbox) {
        this.sources = sources;
        this.outbox = outbox;
    }

    /**
     * @param records told how many source records went into the figures: one at a time when they are streamed, a
     *     group's count at a time when the database aggregates them
     */
    ReportSection compute(MetricFamily family, Period period, LongConsumer records) {
        return switch (family) {
            case COMPLAINTS -> {
                RecordSource source = sources.records(family);
                if (source.query().isPresent()) {
                    yield ComplaintsPushdown.compute(source.query().get(), period, records);
                }
                ComplaintsAggregation complaints = new ComplaintsAggregation(period);
                Set<String> provided = new HashSet<>();
                source.forEach(period, row -> {
                    if (complaints.add(ComplaintRecord.from(row))) {
                        noteProvided(row, ComplaintRecord.OPTIONAL, provided);
                    }
                    records.accept(1);
                });
                yield complaints.result(provided);
            }
            case TAKEDOWNS -> {
                RecordSource source = sources.records(family);
                if (source.query().isPresent()) {
                    yield TakedownsPushdown.compute(source.query().get(), period, records);
                }
                TakedownsAggregation takedowns = new TakedownsAggregation(period);
                Set<String> provided = new HashSet<>();
                source.forEach(period, row -> {
                    if (takedowns.add(ModerationAction.from(row))) {
                        noteProvided(row, ModerationAction.OPTIONAL, provided);
                    }
                    records.accept(1);
                });
                yield takedowns.result(provided);
            }
            case STAFFING -> {
                StaffingAggregation staffing = new StaffingAggregation(period);
                Set<String> provided = new HashSet<>();
                sources.records(family).forEach(period, row -> {
                    if (staffing.add(StaffMember.from(row))) {
                        noteProvided(row, StaffMember.OPTIONAL, provided);
                    }
                    records.accept(1);
                });
                sources.businessScale()
                        .ifPresent(scale -> scale.forEach(period, row -> {
                            staffing.add(DailyScale.from(row));
                            records.accept(1);
                        }));
                yield staffing.result(provided, sources.businessScale().isPresent());
            }
            case ANNUAL -> AnnualCompilation.compile(period, periodReports(period), narrative(period));
        };
    }

    /**
     * Notes which optional columns the source gives for the period: a column that any row concerning the period has
     * counts as given (a file may add a column, a JSON item may leave out an empty one). A period without rows that
     * concern it has none: its optional figures are null, like those of a database that returns no such column.
     */
    private static void noteProvided(SourceRow row, List<String> optional, Set<String> provided) {
        if (provided.size() < optional.size()) {
            for (String column : optional) {
                if (row.has(column)) {
                    provided.add(column);
                }
            }
        }
    }

    /**
     * The year's period reports of each family, of the cadence that covers most of the year (an agent that changed
     * cadence during the year would otherwise count days twice).
     */
    private Map<MetricFamily, List<MetricReport>> periodReports(Period year) {
        Map<MetricFamily, List<MetricReport>> reports = new EnumMap<>(MetricFamily.class);
        for (MetricFamily family : List.of(MetricFamily.COMPLAINTS, MetricFamily.TAKEDOWNS, MetricFamily.STAFFING)) {
            Map<Cadence, List<MetricReport>> byCadence = outbox.reports(family, year).stream()
                    .collect(Collectors.groupingBy(r -> r.period().cadence()));
            byCadence.values().stream()
                    .max(Comparator.comparingLong(Sections::daysCovered))
                    .ifPresent(list -> reports.put(family, list));
        }
        return reports;
    }

    private static long daysCovered(List<MetricReport> reports) {
        return reports.stream()
                .mapToLong(
                        r -> r.period().end().toEpochDay() - r.period().start().toEpochDay() + 1)
                .sum();
    }

    private AnnualNarrative narrative(Period year) {
        String setting = sources.narrativeFile()
                .orElseThrow(() -> new IllegalStateException("ANNUAL needs agent.families.annual.narrative-file"));
        Path file =
                Path.of(setting.replace("{year}", Integer.toString(year.start().getYear())));
        if (!Files.isReadable(file)) {
            throw new SourceException("agent.families.annual.narrative-file: " + file.toAbsolutePath()
                    + " cannot be read; write the year's narrative sections there (docs/agent-sources.md)");
        }
        try {
            return YAML.readValue(file.toFile(), AnnualNarrative.class);
        } catch (IOException e) {
            throw new SourceException(file + ": " + e.getMessage(), e);
        }
    }
}
