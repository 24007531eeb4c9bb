package org.prr.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.prr.model.MetricReport;
import org.prr.model.ReportFixtures;

class CanonicalJsonTests {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sortsKeysAtEveryDepthAndDropsWhitespace() throws Exception {
        byte[] canonical = CanonicalJson.canonicalize(utf8("{ \"b\": 1, \"a\": {\"z\": [3, 2], \"y\": \"中\"} }"));
        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo("{\"a\":{\"y\":\"中\",\"z\":[3,2]},\"b\":1}");
    }

    @Test
    void isStableAcrossFieldOrder() throws Exception {
        byte[] one = CanonicalJson.canonicalize(utf8("{\"x\":1,\"y\":{\"p\":2.50,\"q\":null}}"));
        byte[] other = CanonicalJson.canonicalize(utf8("{\"y\":{\"q\":null,\"p\":2.50},\"x\":1}"));
        assertThat(one).isEqualTo(other);
    }

    @Test
    void keepsDecimalScaleAndIntegersAsIntegers() throws Exception {
        assertThat(new String(CanonicalJson.canonicalize(utf8("{\"d\":20.0,\"i\":7,\"e\":1E+3}")),
                StandardCharsets.UTF_8)).isEqualTo("{\"d\":20.0,\"e\":1000,\"i\":7}");
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
                .contains("\"period\":{\"cadence\":\"DAY\",\"end\":\"" + report.period().end()
                        + "\",\"start\":\"" + report.period().start() + "\"}")
                .doesNotContain("ordered");
    }

    @Test
    void reportsSyntaxErrorsWithoutAField() {
        assertThatThrownBy(() -> CanonicalJson.parse(utf8("{\"a\":"), MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> assertThat(e.field()).isNull());
    }

    @Test
    void namesTheFieldOfAValueThatDoesNotFit() {
        String json = new String(CanonicalJson.write(ReportFixtures.complaintsReport("p")), StandardCharsets.UTF_8)
                .replace("\"WEB_FORM\"", "\"CARRIER_PIGEON\"");
        assertThatThrownBy(() -> CanonicalJson.parse(utf8(json), MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("complaints.receivedByChannel");
                            assertThat(e.getMessage()).startsWith("\"CARRIER_PIGEON\" is not a valid value; allowed: [")
                                    .contains("WEB_FORM");
                        });
    }

    @Test
    void namesADuplicateKeyInsideAReport() {
        String json = new String(CanonicalJson.write(ReportFixtures.complaintsReport("p")), StandardCharsets.UTF_8)
                .replace("\"received\":120,", "\"received\":120,\"received\":120,");
        assertThatThrownBy(() -> CanonicalJson.parse(utf8(json), MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class,
                        e -> assertThat(e.field()).isEqualTo("complaints.received"));
    }

    @Test
    void rejectsUnknownProperties() {
        assertThatThrownBy(() -> CanonicalJson.parse(utf8("{\"schemaVersion\":\"1\",\"colour\":\"red\"}"),
                MetricReport.class))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class,
                        e -> assertThat(e.field()).isEqualTo("colour"));
    }

    @Test
    void rejectsDuplicateKeysNamingThem() {
        assertThatThrownBy(() -> CanonicalJson.canonicalize(utf8("{\"a\":{\"b\":1,\"b\":2}}")))
                .isInstanceOfSatisfying(CanonicalJson.MalformedJson.class, e -> {
                    assertThat(e.field()).isEqualTo("a.b");
                    assertThat(e.getMessage()).isEqualTo("appears more than once");
                });
    }
}
