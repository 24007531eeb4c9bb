package org.prr.portal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.prr.portal.staff.TestStaff;

class ExportsTests {

    private final AuditTrail audit = mock(AuditTrail.class);
    private final Exports exports = new Exports(audit);
    private final StaffPrincipal analyst = TestStaff.of("li.na", "CN-50", Role.ANALYST);

    private static final List<String> HEADER = List.of("规则", "平台", "情况", "数");

    private static List<List<Object>> rows() {
        return List.of(
                Arrays.asList("逾期未报", "山城视频", "no report, \"due\" 2026-12-05", 3L),
                Arrays.asList("迟报", "=HYPERLINK(\"http://x\")", "line one\nline two", new BigDecimal("82.5")),
                Arrays.asList("数据异常", null, "-5 below the median", null));
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkQuotedWhereNeededAndRunsNoFormula() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = exports.write(analyst, "flags", "state=OPEN", ExportFormat.CSV, HEADER, rows().iterator(), out);

        assertThat(written).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF规则,平台,情况,数\r\n"
                        + "逾期未报,山城视频,\"no report, \"\"due\"\" 2026-12-05\",3\r\n"
                        + "迟报,\"'=HYPERLINK(\"\"http://x\"\")\",\"line one\nline two\",82.5\r\n"
                        + "数据异常,,'-5 below the median,\r\n");
        verify(audit)
                .record(
                        eq(analyst),
                        eq(AuditTrail.Action.EXPORTED),
                        eq("flags"),
                        eq("CN-50"),
                        eq("CSV, 3 rows, state=OPEN"));
    }

    @Test
    void xlsxHoldsTheSameCellsNumbersAsNumbersAndTextAsTyped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.write(analyst, "flags", "", ExportFormat.XLSX, HEADER, rows().iterator(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("flags");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("规则");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("no report, \"due\" 2026-12-05");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(1).getCellType())
                    .as("text that looks like a formula stays text")
                    .isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(82.5);
            assertThat(sheet.getRow(3).getCell(1)).as("null is an empty cell").isNull();
        }
        verify(audit).record(eq(analyst), eq(AuditTrail.Action.EXPORTED), eq("flags"), eq("CN-50"), eq("XLSX, 3 rows"));
    }

    @Test
    void pastTheLimitTheFileSaysItWasCut() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var many = IntStream.range(0, Exports.MAX_ROWS + 5)
                .mapToObj(i -> Collections.<Object>singletonList((long) i))
                .iterator();

        int written = exports.write(analyst, "flags", "", ExportFormat.CSV, List.of("n"), many, out);

        assertThat(written).isEqualTo(Exports.MAX_ROWS);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(Exports.MAX_ROWS + 2);
        assertThat(csv).endsWith(Exports.MAX_ROWS - 1 + "\r\n" + Exports.cutNote() + "\r\n");
    }

    @Test
    void pagesAreAskedForOneAfterAnotherUntilOneIsEmpty() {
        List<List<List<Object>>> pages =
                List.of(List.of(List.of(1), List.of(2)), List.of(List.of(3)), List.of(), List.of(List.of(99)));
        List<Integer> asked = new java.util.ArrayList<>();

        var rows = Exports.pages(page -> {
            asked.add(page);
            return pages.get(page);
        });

        assertThat(asked).as("nothing is read before the first row is wanted").isEmpty();
        assertThat(rows.next()).containsExactly(1);
        assertThat(asked).containsExactly(0);
        List<List<Object>> rest = new java.util.ArrayList<>();
        rows.forEachRemaining(rest::add);
        assertThat(rest).containsExactly(List.of(2), List.of(3));
        assertThat(asked).as("pages in turn, the empty one ending it").containsExactly(0, 1, 2);
    }

    @Test
    void textLongerThanAnExcelCellIsCutThereAndSaysSoWhileTheCsvKeepsItWhole() throws Exception {
        String payload = "{\"narrative\":\"" + "很长".repeat(20_000) + "\"}";
        List<List<Object>> row = List.of(List.of(payload));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();

        exports.write(analyst, "ledger", "", ExportFormat.XLSX, List.of("内容"), row.iterator(), xlsx);
        exports.write(analyst, "ledger", "", ExportFormat.CSV, List.of("内容"), row.iterator(), csv);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            String cell = workbook.getSheet("ledger").getRow(1).getCell(0).getStringCellValue();
            assertThat(cell)
                    .hasSize(Exports.MAX_XLSX_CELL)
                    .startsWith("{\"narrative\":\"很长很长")
                    .contains("CSV");
        }
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains(payload.replace("\"", "\"\""));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "😀".repeat(Exports.MAX_XLSX_CELL);

        String cut = Exports.xlsxText(text);

        assertThat(cut.codePoints().allMatch(c -> c == "😀".codePointAt(0) || c < 0xD800 || c > 0xDFFF))
                .isTrue();
        assertThat(cut.length()).isLessThanOrEqualTo(Exports.MAX_XLSX_CELL);
    }
}
