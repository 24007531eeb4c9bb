package org.prr.agent.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.prr.model.Period;

/**
 * Rows from the CSV (with a header line) and JSON Lines files the platform drops in a directory, read file by file
 * in name order, one line at a time. Every file is read for every period: rows outside the period are left out by
 * the aggregation. A line that cannot be read fails the run, naming file and line. A file is complete when it has
 * its final name: the platform writes it under another name ({@code .csv.part}, or hidden, starting with a dot)
 * and renames it, which is atomic within one file system, so a half-written file is never read.
 */
final class FileRecordSource implements RecordSource {

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final List<String> contract;

    FileRecordSource(Path directory, List<String> contract) {
        this.directory = directory;
        this.contract = contract;
    }

    @Override
    public void forEach(Period period, Consumer<SourceRow> sink) {
        for (Path file : files()) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                readCsv(file, sink);
            } else {
                readJsonLines(file, sink);
            }
        }
    }

    private List<Path> files() {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !name.startsWith(".") && (name.endsWith(".csv") || name.endsWith(".jsonl"));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private void readCsv(Path file, Consumer<SourceRow> sink) {
        try (MappingIterator<JsonNode> lines = CSV.readerFor(JsonNode.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            read(lines, file, sink, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void readJsonLines(Path file, Consumer<SourceRow> sink) {
        try (MappingIterator<JsonNode> lines = JSON.readerFor(JsonNode.class).readValues(file.toFile())) {
            read(lines, file, sink, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** With a header, every line has every header column, so the first line shows whether the contract's are there. */
    private void read(MappingIterator<JsonNode> lines, Path file, Consumer<SourceRow> sink, boolean header) {
        boolean first = true;
        while (true) {
            JsonNode node;
            try {
                if (!lines.hasNextValue()) {
                    return;
                }
                node = lines.nextValue();
            } catch (JsonProcessingException e) {
                throw new SourceException(
                        file + " line " + e.getLocation().getLineNr() + ": cannot be read: " + e.getOriginalMessage(),
                        e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            if (header && first) {
                List<String> missing =
                        contract.stream().filter(c -> !node.has(c)).toList();
                if (!missing.isEmpty()) {
                    throw new SourceException(file + " line 1: the header lacks the column(s) "
                            + String.join(", ", missing) + " of the column contract (docs/agent-sources.md)");
                }
            }
            first = false;
            sink.accept(new JsonRow(
                    node,
                    file + " line " + lines.getParser().currentTokenLocation().getLineNr()));
        }
    }
}
