package org.prr.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.prr.portal.WebSlices.assertProblem;
import static org.prr.portal.WebSlices.signed;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.MetricReport;
import org.prr.model.ReportFixtures;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.portal.PortalWebTest;
import org.prr.portal.ledger.Entry;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.ReplayMismatch;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.SigningKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The report submission endpoint's answers, status by status, without a database. */
@PortalWebTest(ReportIntakeController.class)
@TestPropertySource(properties = {"portal.intake.max-body-size=4KB", "portal.intake.requests-per-minute=20"})
class ReportIntakeControllerTests {

    private static final String PATH = "/api/v1/reports";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlatformRegistry registry;

    @MockitoBean
    ReportIntake intake;

    @MockitoBean
    Ledger ledger;

    private final KeyPair keys = Ed25519Keys.generate();
    private final MetricReport report = ReportFixtures.complaintsReport("cq-video");

    @BeforeEach
    void registeredKeys() {
        for (String platformId : new String[] {"cq-video", "cq-busy"}) {
            when(registry.signingKey(platformId, "k1"))
                    .thenReturn(Optional.of(new SigningKey("k1", keys.getPublic(), true)));
        }
    }

    private MvcTestResult submit(byte[] body) {
        return submit("cq-video", body);
    }

    private MvcTestResult submit(String platformId, byte[] body) {
        return signed(
                mvc.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).content(body),
                new RequestSigner(keys.getPrivate(), platformId, "k1"),
                "POST",
                PATH,
                body);
    }

    private static Entry entryOf(MetricReport report) {
        return new Entry(
                report.platformId(),
                7,
                EntryType.REPORT_ACCEPTED,
                Instant.parse("2026-11-24T01:00:00Z"),
                report.reportId(),
                "ab".repeat(32),
                "00".repeat(32),
                "cd".repeat(32),
                "{}",
                null);
    }

    @Test
    void aNewReportGets201WithItsReceiptAndWhereToReadItAgain() {
        when(intake.submit(any())).thenReturn(new Ledger.Appended(Ledger.Outcome.APPENDED, entryOf(report)));
        MvcTestResult result = submit(CanonicalJson.write(report));
        assertThat(result).hasStatus(201);
        assertThat(result).headers().hasValue("Location", PATH + "/" + report.reportId() + "/receipt");
        assertThat(result).bodyJson().extractingPath("$.ledgerSeq").isEqualTo(7);
    }

    @Test
    void aReplayGets200WithTheOriginalReceipt() {
        when(intake.submit(any())).thenReturn(new Ledger.Appended(Ledger.Outcome.REPLAYED, entryOf(report)));
        MvcTestResult result = submit(CanonicalJson.write(report));
        assertThat(result).hasStatus(200);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.reportId")
                .isEqualTo(report.reportId().toString());
    }

    @Test
    void anUnsignedReportIsRefusedBeforeAnythingReadsIt() {
        MvcTestResult result = mvc.post()
                .uri(PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .content(CanonicalJson.write(report))
                .exchange();
        assertProblem(result, 401, "/problems/unauthenticated");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("header X-Platform-Id is missing");
        verify(intake, never()).submit(any());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        byte[] big = ("{\"sourceNote\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(submit(big), 413, "/problems/payload-too-large");
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        assertProblem(submit("{\"reportId\":".getBytes(StandardCharsets.UTF_8)), 400, "/problems/malformed-json");
    }

    @Test
    void anInvalidReportIs422NamingTheField() {
        byte[] body = new String(CanonicalJson.write(report), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":\"1\"", "\"schemaVersion\":\"2\"")
                .getBytes(StandardCharsets.UTF_8);
        MvcTestResult result = submit(body);
        assertProblem(result, 422, "/problems/validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("schemaVersion");
    }

    @Test
    void aReportForAnotherPlatformIs403() {
        MvcTestResult result = submit(CanonicalJson.write(ReportFixtures.complaintsReport("cq-news")));
        assertProblem(result, 403, "/problems/forbidden");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("the document is for platform cq-news but was signed for cq-video");
    }

    @Test
    void aReportIdUsedWithAnotherBodyIs422ReplayMismatch() {
        when(intake.submit(any())).thenThrow(ReplayMismatch.of(report.reportId(), "send an amendment instead"));
        assertProblem(submit(CanonicalJson.write(report)), 422, "/problems/replay-mismatch");
    }

    @Test
    void overTheRateLimitIs429WithRetryAfter() {
        MetricReport busy = ReportFixtures.complaintsReport("cq-busy");
        when(intake.submit(any())).thenReturn(new Ledger.Appended(Ledger.Outcome.REPLAYED, entryOf(busy)));
        for (int i = 0; i < 20; i++) {
            assertThat(submit("cq-busy", CanonicalJson.write(busy))).hasStatus(200);
        }
        MvcTestResult limited = submit("cq-busy", CanonicalJson.write(busy));
        assertProblem(limited, 429, "/problems/rate-limited");
        assertThat(limited).headers().containsHeader("Retry-After");
    }

    @Test
    void aReceiptIsReadOnlyByItsOwnPlatform() {
        UUID id = report.reportId();
        when(ledger.findByReportId(id)).thenReturn(Optional.of(entryOf(ReportFixtures.complaintsReport("cq-news"))));
        String path = PATH + "/" + id + "/receipt";
        MvcTestResult receipt = signed(
                mvc.get().uri(path), new RequestSigner(keys.getPrivate(), "cq-video", "k1"), "GET", path, new byte[0]);
        assertProblem(receipt, 404, "/problems/not-found");
    }
}
