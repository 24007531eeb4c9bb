package org.prr.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.prr.model.MetricReport;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient.TestPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The portal's Prometheus metrics: reports appended and replayed by family, every answer by status, waiting polls. */
@PortalIntegrationTest
@AutoConfigureObservability // Boot's tests leave the Prometheus registry out unless asked
class PortalMetricsIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> scrape(String credentials) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffScrapeReportsByOutcomeAndEveryAnswerByStatus() throws Exception {
        PortalClient portal = new PortalClient(port);
        TestPlatform platform = portal.registerNewPlatform("m", "CN-50");
        MetricReport report = ReportFixtures.complaintsReport(platform.platformId());
        assertThat(portal.submit(platform, report).status()).isEqualTo(201);
        assertThat(portal.submit(platform, report).status()).isEqualTo(200);
        assertThat(portal.submit(
                                platform,
                                ReportFixtures.report(platform.platformId())
                                        .complaints(ReportFixtures.complaints()
                                                .backlogAtEnd(-1L)
                                                .build())
                                        .build())
                        .status())
                .isEqualTo(422);

        // A platform registered three days ago whose agent never called; its jurisdiction's duty desk is down, so
        // the notification of its CRITICAL flag (last year's annual report) waits.
        assertThat(portal.asAdmin(
                                "POST",
                                "/api/v1/admin/duty-contacts",
                                "{\"jurisdiction\":\"CN-62\",\"channel\":\"WEBHOOK\",\"address\":\"http://127.0.0.1:9/down\"}")
                        .status())
                .isEqualTo(201);
        jdbc.update(
                "UPDATE platform SET registered_at = ? WHERE platform_id = ?",
                LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC),
                portal.registerNewPlatform("ms", "CN-62").platformId());
        assertThat(portal.asAdmin("POST", "/api/v1/admin/evaluations").status()).isEqualTo(200);
        assertThat(portal.asAdmin(
                                "POST",
                                "/api/v1/admin/notices",
                                """
                                {"audience":"PLATFORM","platformId":"%s","severity":"URGENT","title":"请说明情况",
                                 "body":"请于三日内书面说明。","actionRequired":true}"""
                                        .formatted(platform.platformId()))
                        .status())
                .isEqualTo(201);

        HttpResponse<String> metrics = scrape(PortalClient.ADMIN + ":" + PortalClient.ADMIN_PASSWORD);

        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("portal_reports_total\\{family=\"COMPLAINTS\",outcome=\"APPENDED\"\\} [1-9]")
                .containsPattern("portal_reports_total\\{family=\"COMPLAINTS\",outcome=\"REPLAYED\"\\} [1-9]")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"422\"[^}]*uri=\"/api/v1/reports\"")
                .contains("portal_notices_waiting")
                .containsPattern("portal_notices_unacknowledged [1-9]")
                .containsPattern("portal_flags_open\\{rule=\"AGENT_SILENT\"\\} [1-9]")
                .containsPattern("portal_evaluation_seconds_count\\{scope=\"all\"\\} [1-9]")
                .containsPattern("portal_outbound_pending [1-9]");
        assertThat(scrape(null).statusCode()).isEqualTo(401);
    }
}
