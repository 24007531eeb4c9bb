package org.prr.portal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.stereotype.Service;

/**
 * Writes a list's rows as CSV or XLSX and audits it. A row is a list of cells: text, a number (a numeric cell in
 * XLSX) or null (empty). Past {@link #MAX_ROWS} rows the file ends with a row that says so.
 */
@Service
public class Exports {

    /** The most rows one export writes. */
    public static final int MAX_ROWS = 100_000;

    /** The longest text an XLSX cell holds (Excel's limit); the CSV holds any length. */
    static final int MAX_XLSX_CELL = 32_767;

    /** How many XLSX rows are kept in memory before they are flushed to a temporary file. */
    private static final int XLSX_WINDOW = 200;

    private final AuditTrail audit;

    Exports(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Writes the header and the rows, then audits the export ({@code what}: the list, {@code filters}: as the person
     * chose them).
     *
     * @return how many rows were written, at most {@link #MAX_ROWS}
     */
    public int write(
            StaffPrincipal by,
            String what,
            String filters,
            ExportFormat format,
            List<String> header,
            Iterator<List<Object>> rows,
            OutputStream out) {
        int written;
        try {
            written = format == ExportFormat.CSV ? csv(header, rows, out) : xlsx(what, header, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the export of " + what, e);
        }
        audit.record(
                by,
                AuditTrail.Action.EXPORTED,
                what,
                by.getJurisdiction(),
                format + ", " + written + " rows" + (filters.isEmpty() ? "" : ", " + filters));
        return written;
    }

    /**
     * The rows of a list's pages 0, 1, 2…, each page asked for only when the rows before it are written, so an export
     * holds one page in memory; an empty page ends the list. A list paged by a key instead ignores the number.
     */
    public static Iterator<List<Object>> pages(IntFunction<List<List<Object>>> page) {
        return new Iterator<>() {
            private Iterator<List<Object>> rows = Collections.emptyIterator();
            private int number;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (!rows.hasNext() && !ended) {
                    List<List<Object>> found = page.apply(number++);
                    ended = found.isEmpty();
                    rows = found.iterator();
                }
                return rows.hasNext();
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.next();
            }
        };
    }

    /** The note that ends a file cut at {@link #MAX_ROWS}. */
    static String cutNote() {
        return "只导出了前 " + MAX_ROWS + " 行 / only the first " + MAX_ROWS + " rows were exported";
    }

    /**
     * RFC 4180 with a byte-order mark (so spreadsheet programs read UTF-8); a text cell that starts with = + - or @ gets
     * a leading ' so that no spreadsheet program runs it as a formula.
     */
    private static int csv(List<String> header, Iterator<List<Object>> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        csvRow(writer, List.copyOf(header));
        int written = 0;
        while (rows.hasNext()) {
            if (written == MAX_ROWS) {
                csvRow(writer, List.of(cutNote()));
                break;
            }
            csvRow(writer, rows.next());
            written++;
        }
        writer.flush();
        return written;
    }

    private static void csvRow(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvCell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    private static int xlsx(String what, List<String> header, Iterator<List<Object>> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(what);
            xlsxRow(sheet.createRow(0), List.copyOf(header));
            int written = 0;
            while (rows.hasNext()) {
                if (written == MAX_ROWS) {
                    xlsxRow(sheet.createRow(written + 1), List.of(cutNote()));
                    break;
                }
                xlsxRow(sheet.createRow(written + 1), rows.next());
                written++;
            }
            workbook.write(out);
            return written;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The text, or as much of it as a cell holds, saying where it was cut. */
    static String xlsxText(String text) {
        if (text.length() <= MAX_XLSX_CELL) {
            return text;
        }
        String cut = "…［单元格最多 " + MAX_XLSX_CELL + " 字符，全文见 CSV / cut at Excel's limit, CSV has it whole］";
        int end = MAX_XLSX_CELL - cut.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + cut;
    }

    private static void xlsxRow(Row row, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(xlsxText(value.toString()));
            }
        }
    }
}
