package org.prr.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.prr.model.MetricReport;
import org.prr.model.ReportFixtures;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies that are signed correctly but are not one UTF-8 JSON document, or whose values are of the wrong kind: each
 * is refused with its problem, and the ledger staff read afterwards is exactly what was accepted before.
 */
@PortalIntegrationTest
class HostileBodiesIT {

    @LocalServerPort
    int port;

    PortalClient portal;
    TestPlatform platform;
    MetricReport accepted;

    @BeforeEach
    void acceptOneReport() {
        portal = new PortalClient(port);
        platform = portal.registerNewPlatform("h", "CN-50");
        accepted = ReportFixtures.complaintsReport(platform.platformId());
        assertThat(portal.submit(platform, accepted).status()).isEqualTo(201);
    }

    private String nextReport() {
        return new String(
                CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId())), StandardCharsets.UTF_8);
    }

    private Response submit(byte[] body) {
        return portal.submitSigned(platform.signer(), body);
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo(type);
    }

    /** The ledger still holds exactly the one accepted report, as signed, and the portal's reads of it work. */
    private void assertLedgerHoldsOnlyTheAcceptedReport() {
        Response ledger = portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger");
        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.json()).hasSize(1);
        JsonNode entry = ledger.json().get(0);
        assertThat(entry.get("seq").asLong()).isEqualTo(1);
        assertThat(entry.get("payload").textValue())
                .isEqualTo(new String(CanonicalJson.write(accepted), StandardCharsets.UTF_8));
        Response reports = portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/reports");
        assertThat(reports.status()).as(reports.raw().body()).isEqualTo(200);
        assertThat(reports.json()).hasSize(1);
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void refusesABodyThatWouldShowStaffALedgerEntryThePortalNeverAppended() {
        String forged = nextReport() + ",{\"platformId\":\"" + platform.platformId() + "\",\"seq\":900017,"
                + "\"type\":\"REPORT_ACCEPTED\",\"payload\":{}}";

        assertProblem(submit(forged.getBytes(StandardCharsets.UTF_8)), 400, "/problems/malformed-json");
        assertLedgerHoldsOnlyTheAcceptedReport();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BOM",
                "UTF-16BE",
                "UTF-16LE",
                "UTF-32BE",
                "UTF-32LE",
                "TRAILING_NUL",
                "BROKEN_UTF8",
                "TRAILING_TEXT"
            })
    void refusesEveryBodyThatIsNotExactlyOneUtf8Document(String encoding) {
        String report = nextReport();
        byte[] utf8 = report.getBytes(StandardCharsets.UTF_8);
        byte[] body =
                switch (encoding) {
                    case "BOM" -> ("\uFEFF" + report).getBytes(StandardCharsets.UTF_8);
                    case "TRAILING_NUL" -> Arrays.copyOf(utf8, utf8.length + 1);
                    case "BROKEN_UTF8" -> {
                        byte[] broken = Arrays.copyOf(utf8, utf8.length);
                        broken[broken.length - 2] = (byte) 0xC3;
                        yield broken;
                    }
                    case "TRAILING_TEXT" -> (report + " and more").getBytes(StandardCharsets.UTF_8);
                    default -> report.getBytes(Charset.forName(encoding));
                };

        assertProblem(submit(body), 400, "/problems/malformed-json");
        assertLedgerHoldsOnlyTheAcceptedReport();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "{\"schemaVersion\":",
                "{\"schemaVersion\":\"1\",}",
                "{/* c */\"schemaVersion\":\"1\"}",
                "{\"received\":NaN}",
                "{\"sourceNote\":\"a\u0001b\"}"
            })
    void answersEveryKindOfMalformedJsonWith400(String body) {
        assertProblem(submit(body.getBytes(StandardCharsets.UTF_8)), 400, "/problems/malformed-json");
        assertLedgerHoldsOnlyTheAcceptedReport();
    }

    @ParameterizedTest(name = "{1} -> 422 naming {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"received\":120|\"received\":10.5|complaints.received",
                "\"received\":120|\"received\":1e1|complaints.received",
                "\"received\":120|\"received\":\"120\"|complaints.received",
                "\"received\":120|\"received\":1e1000000000|complaints.received",
                "\"p90HoursToResolution\":20.00|\"p90HoursToResolution\":1E+309|complaints.p90HoursToResolution",
                "\"agentVersion\":\"0.1.0\"|\"agentVersion\":true|agentVersion",
                "\"agentVersion\":\"0.1.0\"|\"agentVersion\":\"0\\u0000\"|agentVersion",
                "\"generatedAt\":\"2026-11-24T01:00:05+08:00\"|\"generatedAt\":1764003605|generatedAt",
                "\"generatedAt\":\"2026-11-24T01:00:05+08:00\"|\"generatedAt\":\"1026-11-24T01:00:05+08:00\"|generatedAt",
            })
    void answersAValueOfTheWrongKindOrSizeWith422NamingTheField(String original, String replacement, String field) {
        String report = nextReport();
        assertThat(report).contains(original);

        Response response = submit(report.replace(original, replacement).getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 422, "/problems/validation");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertLedgerHoldsOnlyTheAcceptedReport();
    }

    @Test
    void answersAJsonNullBodyWith422() {
        Response response = submit("null".getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 422, "/problems/validation");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertLedgerHoldsOnlyTheAcceptedReport();
    }
}
