package org.prr.agent.source;

import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.prr.agent.settings.AgentSettings;
import org.prr.agent.settings.AgentSettings.Feed;
import org.prr.model.MetricFamily;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The configured source of each family, built and checked at start-up: a setting that is missing or wrong, a
 * directory that cannot be read, or SQL that does not return the column contract stops the agent with a message
 * naming the setting.
 */
@Component
@DependsOnDatabaseInitialization
public class RecordSources {

    private static final Map<MetricFamily, List<String>> CONTRACTS = Map.of(
            MetricFamily.COMPLAINTS, ComplaintRecord.REQUIRED,
            MetricFamily.TAKEDOWNS, ModerationAction.REQUIRED,
            MetricFamily.STAFFING, StaffMember.REQUIRED);

    private final Map<MetricFamily, RecordSource> records = new EnumMap<>(MetricFamily.class);
    private final RecordSource businessScale;
    private final String narrativeFile;
    private final NamedParameterJdbcTemplate sourceDatabase;
    private final RestClient http;

    RecordSources(AgentSettings settings, DataSource agentDatabase, RestClient.Builder http) {
        AgentSettings.Database database = settings.sourceDatabase();
        this.sourceDatabase = new NamedParameterJdbcTemplate(
                database == null || database.url() == null || database.url().isBlank()
                        ? agentDatabase
                        : DataSourceBuilder.create()
                                .url(database.streamingUrl())
                                .username(database.username())
                                .password(database.password())
                                .build());
        this.sourceDatabase.getJdbcTemplate().setFetchSize(1000);
        this.http = http.build();
        RecordSource scale = null;
        String narrative = null;
        for (Map.Entry<MetricFamily, AgentSettings.FamilySources> entry :
                settings.families().entrySet()) {
            MetricFamily family = entry.getKey();
            AgentSettings.FamilySources sources = entry.getValue();
            String prefix = "agent.families." + family.name().toLowerCase(Locale.ROOT);
            if (family == MetricFamily.ANNUAL) {
                if (sources.records() != null || sources.businessScale() != null) {
                    throw new IllegalStateException(prefix + ": ANNUAL is compiled from the agent's own period "
                            + "reports and takes only narrative-file");
                }
                narrative = sources.narrativeFile();
                continue;
            }
            if (sources.records() == null) {
                throw new IllegalStateException(prefix + ".records is required: where the " + family
                        + " records come from (kind JDBC, FILES or REST)");
            }
            records.put(family, build(sources.records(), prefix + ".records", CONTRACTS.get(family)));
            if (sources.businessScale() != null) {
                if (family != MetricFamily.STAFFING) {
                    throw new IllegalStateException(prefix + ".business-scale belongs to STAFFING only");
                }
                scale = build(sources.businessScale(), prefix + ".business-scale", DailyScale.REQUIRED);
            }
        }
        this.businessScale = scale;
        this.narrativeFile = narrative;
    }

    /** Whether the agent can compute the family: its records have a source (ANNUAL: it is configured). */
    public boolean configured(MetricFamily family) {
        return family == MetricFamily.ANNUAL ? narrativeFile != null : records.containsKey(family);
    }

    public RecordSource records(MetricFamily family) {
        RecordSource source = records.get(family);
        if (source == null) {
            throw new IllegalStateException("no source is configured for " + family + " (agent.families."
                    + family.name().toLowerCase(Locale.ROOT) + ".records)");
        }
        return source;
    }

    public Optional<RecordSource> businessScale() {
        return Optional.ofNullable(businessScale);
    }

    /** The ANNUAL narrative file setting, with {@code {year}} standing for the year. */
    public Optional<String> narrativeFile() {
        return Optional.ofNullable(narrativeFile);
    }

    private RecordSource build(Feed feed, String setting, List<String> contract) {
        return switch (feed.kind()) {
            case JDBC -> {
                if (feed.sql() == null || feed.sql().isBlank()) {
                    throw new IllegalStateException(setting + ".sql is required for kind JDBC");
                }
                JdbcRecordSource source = new JdbcRecordSource(sourceDatabase, feed.sql(), setting + ".sql");
                source.checkColumns(contract);
                yield source;
            }
            case FILES -> {
                if (feed.directory() == null
                        || !Files.isDirectory(feed.directory())
                        || !Files.isReadable(feed.directory())) {
                    throw new IllegalStateException(setting + ".directory must be a readable directory, but is "
                            + (feed.directory() == null
                                    ? "not set"
                                    : feed.directory().toAbsolutePath()));
                }
                yield new FileRecordSource(feed.directory(), contract);
            }
            case REST -> {
                if (feed.url() == null || !feed.url().isAbsolute()) {
                    throw new IllegalStateException(setting + ".url must be an absolute http(s) URL");
                }
                yield new RestRecordSource(http, feed.url(), feed.headers(), setting + ".url");
            }
        };
    }
}
