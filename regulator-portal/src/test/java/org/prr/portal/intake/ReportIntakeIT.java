package org.prr.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.Cadence;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.ReportFixtures;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@PortalIntegrationTest
class ReportIntakeIT {

    @LocalServerPort
    int port;

    PortalClient portal;
    TestPlatform platform;

    @BeforeEach
    void registerPlatform() {
        portal = new PortalClient(port);
        platform = portal.registerNewPlatform("p", "CN-50");
    }

    private long ledgerSize(String platformId) {
        return portal.asAdmin("GET", "/api/v1/platforms/" + platformId + "/ledger")
                .json()
                .size();
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo(type);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void acceptsASignedReportAndAnswersWithAReceipt() {
        MetricReport report = ReportFixtures.complaintsReport(platform.platformId());

        Response response = portal.submit(platform, report);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.raw().headers().firstValue("Location"))
                .hasValue("/api/v1/reports/" + report.reportId() + "/receipt");
        assertThat(response.json().get("reportId").asText())
                .isEqualTo(report.reportId().toString());
        assertThat(response.json().get("platformId").asText()).isEqualTo(platform.platformId());
        assertThat(response.json().get("ledgerSeq").asLong()).isEqualTo(1);
        assertThat(response.json().get("entryHash").asText()).hasSize(64);
        assertThat(ledgerSize(platform.platformId())).isEqualTo(1);
    }

    @Test
    void answersAReplayWithTheOriginalReceiptAndWritesNothing() {
        MetricReport report = ReportFixtures.complaintsReport(platform.platformId());
        Response first = portal.submit(platform, report);

        Response replay = portal.submit(platform, report);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(ledgerSize(platform.platformId())).isEqualTo(1);
    }

    @Test
    void servesTheReceiptOfAnAcceptedReportToItsPlatform() {
        MetricReport report = ReportFixtures.complaintsReport(platform.platformId());
        Response accepted = portal.submit(platform, report);
        String path = "/api/v1/reports/" + report.reportId() + "/receipt";

        Response receipt = portal.send(portal.signed(platform.signer(), "GET", path, new byte[0], Instant.now())
                .build());

        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.json()).isEqualTo(accepted.json());
    }

    @Test
    void rejectsADifferentBodyUnderAnAcceptedReportId() {
        MetricReport report = ReportFixtures.complaintsReport(platform.platformId());
        portal.submit(platform, report);
        MetricReport changed = ReportFixtures.report(platform.platformId())
                .reportId(report.reportId())
                .period(report.period())
                .complaints(ReportFixtures.complaints().backlogAtEnd(16L).build())
                .build();

        Response response = portal.submit(platform, changed);

        assertProblem(response, 422, "/problems/replay-mismatch");
        assertThat(ledgerSize(platform.platformId())).isEqualTo(1);
    }

    @Test
    void rejectsABadSignature() {
        byte[] body = CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId()));
        RequestSigner impostor =
                new RequestSigner(Ed25519Keys.generate().getPrivate(), platform.platformId(), platform.keyId());

        assertProblem(portal.submitSigned(impostor, body), 401, "/problems/unauthenticated");
        assertThat(ledgerSize(platform.platformId())).isZero();
    }

    @Test
    void rejectsABodyChangedAfterSigning() {
        byte[] body = CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId()));
        HttpRequest.Builder request = portal.signed(platform.signer(), "POST", "/api/v1/reports", body, Instant.now());
        byte[] tampered = new String(body, StandardCharsets.UTF_8)
                .replace("\"received\":120", "\"received\":121")
                .getBytes(StandardCharsets.UTF_8);

        Response response = portal.send(
                request.POST(HttpRequest.BodyPublishers.ofByteArray(tampered)).build());

        assertProblem(response, 401, "/problems/unauthenticated");
        assertThat(response.json().get("detail").asText()).contains("Content-Digest");
    }

    @Test
    void refusesASecondCopyOfAnySignedHeader() {
        byte[] body = CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId()));
        for (String header : new String[] {
            SignatureHeaders.PLATFORM_ID,
            SignatureHeaders.KEY_ID,
            SignatureHeaders.TIMESTAMP,
            SignatureHeaders.CONTENT_DIGEST,
            SignatureHeaders.SIGNATURE
        }) {
            HttpRequest.Builder request =
                    portal.signed(platform.signer(), "POST", "/api/v1/reports", body, Instant.now());
            String valid = request.build().headers().firstValue(header).orElseThrow();
            request.header(header, valid);

            Response response = portal.send(request.build());

            assertProblem(response, 401, "/problems/unauthenticated");
            assertThat(response.json().get("detail").asText()).contains(header).contains("appears 2 times");
        }
        assertThat(ledgerSize(platform.platformId())).isZero();
    }

    @Test
    void rejectsAStaleTimestamp() {
        byte[] body = CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId()));
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));

        Response response = portal.send(portal.signed(platform.signer(), "POST", "/api/v1/reports", body, tenMinutesAgo)
                .build());

        assertProblem(response, 401, "/problems/unauthenticated");
        assertThat(response.json().get("detail").asText()).contains("X-Timestamp");
        assertThat(response.json().get("clockSkewSeconds").asLong()).isBetween(595L, 605L);
    }

    @Test
    void rejectsAnUnknownKey() {
        byte[] body = CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId()));
        RequestSigner unknown = new RequestSigner(platform.keys().getPrivate(), platform.platformId(), "no-such-key");

        assertProblem(portal.submitSigned(unknown, body), 401, "/problems/unauthenticated");
    }

    @Test
    void rejectsAKeyOfOnePlatformUsedForAnother() {
        TestPlatform other = portal.registerNewPlatform("q", "CN-50");
        byte[] body = CanonicalJson.write(ReportFixtures.complaintsReport(other.platformId()));
        RequestSigner crossSigned =
                new RequestSigner(platform.keys().getPrivate(), other.platformId(), platform.keyId());

        assertProblem(portal.submitSigned(crossSigned, body), 401, "/problems/unauthenticated");
        assertThat(ledgerSize(other.platformId())).isZero();
        assertThat(ledgerSize(platform.platformId())).isZero();
    }

    @Test
    void rejectsABodyNamingAnotherPlatform() {
        TestPlatform other = portal.registerNewPlatform("q", "CN-50");

        Response response = portal.submit(platform, ReportFixtures.complaintsReport(other.platformId()));

        assertProblem(response, 403, "/problems/forbidden");
        assertThat(ledgerSize(other.platformId())).isZero();
    }

    @Test
    void rejectsMalformedJson() {
        Response response = portal.submitSigned(platform.signer(), "{\"reportId\": ".getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 400, "/problems/malformed-json");
    }

    @Test
    void rejectsABodyOverOneMebibyte() {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');

        assertProblem(portal.submitSigned(platform.signer(), huge), 413, "/problems/payload-too-large");
    }

    @Test
    void rejectsAChunkedBodyOverOneMebibyteWithoutAContentLength() {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        HttpRequest chunked = portal.signed(platform.signer(), "POST", "/api/v1/reports", huge, Instant.now())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();

        assertProblem(portal.send(chunked), 413, "/problems/payload-too-large");
    }

    @Test
    void rejectsAnInvalidReportNamingTheFailingField() {
        MetricReport wrong = ReportFixtures.report(platform.platformId())
                .complaints(ReportFixtures.complaints().backlogAtEnd(-3L).build())
                .build();

        Response response = portal.submit(platform, wrong);

        assertProblem(response, 422, "/problems/validation");
        assertThat(response.json().get("errors")).hasSize(1);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("complaints.backlogAtEnd");
        assertThat(ledgerSize(platform.platformId())).isZero();
    }

    @Test
    void rejectsACodeOutsideTheListNamingTheField() {
        String json = new String(
                        CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId())),
                        StandardCharsets.UTF_8)
                .replace("\"WEB_FORM\"", "\"FAX\"");

        Response response = portal.submitSigned(platform.signer(), json.getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 422, "/problems/validation");
        assertThat(response.json().get("errors").get(0).get("field").asText())
                .isEqualTo("complaints.receivedByChannel");
    }

    @Test
    void rejectsADuplicatedKeyNamingIt() {
        String json = new String(
                        CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId())),
                        StandardCharsets.UTF_8)
                .replace("\"received\":120,", "\"received\":120,\"received\":120,");

        Response response = portal.submitSigned(platform.signer(), json.getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 422, "/problems/validation");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("complaints.received");
        assertThat(ledgerSize(platform.platformId())).isZero();
    }

    @Test
    void rejectsAContentTypeOtherThanJson() {
        byte[] body = CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId()));
        HttpRequest request = portal.signed(platform.signer(), "POST", "/api/v1/reports", body, Instant.now())
                .setHeader("Content-Type", "text/plain")
                .build();

        Response response = portal.send(request);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejectsAnUnsignedRequest() {
        HttpRequest request = HttpRequest.newBuilder(
                        portal.signed(platform.signer(), "POST", "/api/v1/reports", new byte[0], Instant.now())
                                .build()
                                .uri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();

        Response response = portal.send(request);

        assertProblem(response, 401, "/problems/unauthenticated");
        assertThat(response.json().get("detail").asText()).contains(SignatureHeaders.PLATFORM_ID);
    }

    @Test
    void refusesAPeriodThatHasNotEndedInThePlatformsTimeZoneNamingPeriod() {
        LocalDate todayInChongqing = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        MetricReport today = ReportFixtures.complaintsReport(platform.platformId(), Period.day(todayInChongqing));

        Response response = portal.submit(platform, today);

        assertProblem(response, 422, "/problems/validation");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        assertThat(response.json().get("detail").asText()).contains("has not ended yet");
        assertThat(ledgerSize(platform.platformId())).isZero();
    }

    @Test
    void refusesANewReportAtACadenceThePlatformDoesNotOweNamingPeriod() {
        MetricReport weekly = ReportFixtures.complaintsReport(
                platform.platformId(), Period.containing(ReportFixtures.DAY.minusWeeks(60), Cadence.WEEK));

        Response response = portal.submit(platform, weekly);

        assertProblem(response, 422, "/problems/validation");
        assertThat(response.json().get("detail").asText())
                .isEqualTo("period: is a WEEK but platform " + platform.platformId() + " owes COMPLAINTS per DAY");
        assertThat(ledgerSize(platform.platformId())).isZero();
    }

    @Test
    void refusesAPeriodThatIsNotOneCalendarPeriodNamingPeriod() {
        LocalDate monday = Period.containing(ReportFixtures.DAY.minusWeeks(70), Cadence.WEEK)
                .start();
        MetricReport twoDays = ReportFixtures.complaintsReport(
                platform.platformId(), new Period(monday, monday.plusDays(1), Cadence.DAY));

        Response response = portal.submit(platform, twoDays);

        assertProblem(response, 422, "/problems/validation");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        assertThat(ledgerSize(platform.platformId())).isZero();
    }
}
