package org.prr.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.prr.model.MetricReport;
import org.prr.model.ReportFixtures;

class CanonicalJsonTests {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sortsKeysAtEveryDepthAndDropsWhitespace() throws Exception {
        byte[] canonical = CanonicalJson.canonicalize(utf8("{ \"b\": 1, \"a\": {\"z\": [3, 2], \"y\": \"中\"} }"));
        assertThat(new String(canonical, StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":{\"y\":\"中\",\"z\":[3,2]},\"b\":1}");
    }

    @Test
    void isStableAcrossFieldOrder() throws Exception {
        byte[] one = CanonicalJson.canonicalize(utf8("{\"x\":1,\"y\":{\"p\":2.50,\"q\":null}}"));
        byte[] other = CanonicalJson.canonicalize(utf8("{\"y\":{\"q\":null,\"p\":2.50},\"x\":1}"));
        assertThat(one).isEqualTo(other);
    }

    @Test
    void keepsDecimalScaleAndIntegersAsIntegers() throws Exception {
        assertThat(new String(
                        CanonicalJson.canonicalize(utf8("{\"d\":20.0,\"i\":7,\"e\":1E+3}")), StandardCharsets.UTF_8))
                .isEqualTo("{\"d\":20.0,\"e\":1000,\"i\":7}");
    }

    @Test
    void readsBackWhatItWritesAndRewritesItIdentically() throws Exception {
        MetricReport report = ReportFixtures.complaintsReport("cq-video");
        byte[] written = CanonicalJson.write(report);
        MetricReport read = CanonicalJson.parse(written, MetricReport.class);
        assertThat(read).isEqualTo(report);
        assertThat(CanonicalJson.write(read)).isEqualTo(written);
        assertThat(CanonicalJson.canonicalize(written)).isEqualTo(written);
        assertThat(new String(written, StandardCharsets.UTF_8))
                .contains("\"generatedAt\":\"2026-11-24T01:00:05+08:00\"")
                .contains("\"period\":{\"cadence\":\"DAY\",\"end\":\""
                        + report.period().end() + "\",\"start\":\""
                        + report.period().start() + "\"}")
                .doesNotContain("ordered");
    }

    @Test
    void reportsSyntaxErrorsWithoutAField() {
        assertThatThrownBy(() -> CanonicalJson.parse(utf8("{\"a\":"), MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> assertThat(e.field())
                        .isNull());
    }

    @Test
    void namesTheFieldOfAValueThatDoesNotFit() {
        String json = new String(CanonicalJson.write(ReportFixtures.complaintsReport("p")), StandardCharsets.UTF_8)
                .replace("\"WEB_FORM\"", "\"CARRIER_PIGEON\"");
        assertThatThrownBy(() -> CanonicalJson.parse(utf8(json), MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> {
                    assertThat(e.field()).isEqualTo("complaints.receivedByChannel");
                    assertThat(e.getMessage())
                            .startsWith("\"CARRIER_PIGEON\" is not a valid value; allowed: [")
                            .contains("WEB_FORM");
                });
    }

    @Test
    void namesADuplicateKeyInsideAReport() {
        String json = new String(CanonicalJson.write(ReportFixtures.complaintsReport("p")), StandardCharsets.UTF_8)
                .replace("\"received\":120,", "\"received\":120,\"received\":120,");
        assertThatThrownBy(() -> CanonicalJson.parse(utf8(json), MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> assertThat(e.field())
                        .isEqualTo("complaints.received"));
    }

    @Test
    void rejectsUnknownProperties() {
        assertThatThrownBy(() ->
                        CanonicalJson.parse(utf8("{\"schemaVersion\":\"1\",\"colour\":\"red\"}"), MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> assertThat(e.field())
                        .isEqualTo("colour"));
    }

    @Test
    void rejectsDuplicateKeysNamingThem() {
        assertThatThrownBy(() -> CanonicalJson.canonicalize(utf8("{\"a\":{\"b\":1,\"b\":2}}")))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> {
                    assertThat(e.field()).isEqualTo("a.b");
                    assertThat(e.getMessage()).isEqualTo("appears more than once");
                });
    }

    private static String report() {
        return new String(CanonicalJson.write(ReportFixtures.complaintsReport("p")), StandardCharsets.UTF_8);
    }

    private static void assertNotOneUtf8Document(byte[] body) {
        assertThatThrownBy(() -> CanonicalJson.parse(body, MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> assertThat(e.field())
                        .isNull());
    }

    @Test
    void refusesTextAfterTheDocumentSoNoSecondEntryCanBeSmuggledIn() {
        String report = report();
        assertNotOneUtf8Document(utf8(report + ",{\"platformId\":\"p\",\"seq\":900017}"));
        assertNotOneUtf8Document(utf8(report + " {}"));
        assertNotOneUtf8Document(utf8(report + "x"));
    }

    @Test
    void refusesAByteOrderMarkOtherEncodingsATrailingNulAndBrokenUtf8() {
        String report = report();
        byte[] utf8 = utf8(report);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertNotOneUtf8Document(withBom);
        for (String charset : new String[] {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"}) {
            assertNotOneUtf8Document(report.getBytes(Charset.forName(charset)));
        }
        assertNotOneUtf8Document(Arrays.copyOf(utf8, utf8.length + 1));
        byte[] broken = utf8(report.replace("\"0.1.0\"", "\"0.1.\u00e9\""));
        for (int i = 0; i < broken.length; i++) {
            if (broken[i] == (byte) 0xC3) {
                broken[i + 1] = (byte) 0x28;
            }
        }
        assertNotOneUtf8Document(broken);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "{\"a\":",
                "{\"a\":1,}",
                "[1,]",
                "{\"a\":1 /* note */}",
                "{\"a\":NaN}",
                "{\"a\":\"tab\there\"}",
                "{'a':1}",
                "nul",
                "{\"a\":01}"
            })
    void refusesWhatIsNotWellFormedJsonWithoutNamingAField(String body) {
        assertNotOneUtf8Document(utf8(body.replace("\\t", "\t")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"received\":120|\"received\":120.5|complaints.received",
                "\"received\":120|\"received\":1e2|complaints.received",
                "\"received\":120|\"received\":\"120\"|complaints.received",
                "\"received\":120|\"received\":1e1000000000|complaints.received",
                "\"received\":120|\"received\":123456789012345678901234567890|complaints.received",
                "\"received\":120|\"received\":true|complaints.received",
                "\"medianHoursToResolution\":3.50|\"medianHoursToResolution\":1E+309|complaints.medianHoursToResolution",
                "\"medianHoursToResolution\":3.50|\"medianHoursToResolution\":\"3.50\"|complaints.medianHoursToResolution",
                "\"agentVersion\":\"0.1.0\"|\"agentVersion\":10|agentVersion",
                "\"agentVersion\":\"0.1.0\"|\"agentVersion\":false|agentVersion",
                "\"agentVersion\":\"0.1.0\"|\"agentVersion\":\"a\\u0000b\"|agentVersion",
                "\"generatedAt\":\"2026-11-24T01:00:05+08:00\"|\"generatedAt\":1764003605|generatedAt",
                "\"generatedAt\":\"2026-11-24T01:00:05+08:00\"|\"generatedAt\":\"yesterday\"|generatedAt",
                "\"cadence\":\"DAY\"|\"cadence\":0|period.cadence",
            })
    void namesTheFieldOfAValueOfTheWrongKindOrSize(String original, String replacement, String field) {
        String report = report();
        assertThat(report).contains(original);
        String body = report.replace(original, replacement);
        assertThatThrownBy(() -> CanonicalJson.parse(utf8(body), MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> assertThat(e.field())
                        .isEqualTo(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2026,11,1]", "20000", "\"2026/11/01\"", "\"2026-11-1\""})
    void readsDatesOnlyAsIsoStrings(String start) {
        byte[] body = utf8("{\"cadence\":\"DAY\",\"end\":\"2026-11-01\",\"start\":" + start + "}");
        assertThatThrownBy(() -> CanonicalJson.parse(body, org.prr.model.Period.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> assertThat(e.field())
                        .isEqualTo("start"));
    }

    @Test
    void namesTheBodyWhenTheDocumentIsNotAnObject() {
        for (String body : new String[] {"null", "[]", "7", "\"report\""}) {
            assertThatThrownBy(() -> CanonicalJson.parse(utf8(body), MetricReport.class))
                    .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> assertThat(e.field())
                            .isEqualTo("body"));
        }
    }
}
