package org.prr.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.prr.testing.MappedEndpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the portal maps, platform and staff alike, and calls it with no signature and no staff
 * credentials: each answers 401 with a problem, before any controller code runs. A new endpoint that forgets its
 * {@code SignedCall} / {@code SignedSubmission} parameter, or is left open in the security rules, fails here.
 */
@PortalIntegrationTest
class EveryEndpointIsGuardedIT {

    /** Open on purpose: the API description, the error page and the web UI's sign-in page. */
    private static final Set<String> PUBLIC = Set.of(
            "/error",
            "/v3/api-docs",
            "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config",
            "/v3/api-docs/{group}",
            "/login");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyEndpointRefusesACallWithoutCredentials() throws Exception {
        List<MappedEndpoints.Endpoint> endpoints = MappedEndpoints.of(mappings, PUBLIC).stream()
                .filter(endpoint -> !endpoint.pattern().startsWith("/ui"))
                .toList();
        for (MappedEndpoints.Endpoint endpoint : endpoints) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint.path()))
                            .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}"))
                            .header("Content-Type", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(endpoint.toString())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(endpoint.toString()).contains("/problems/unauthenticated");
        }
        assertThat(endpoints)
                .map(MappedEndpoints.Endpoint::toString)
                .contains(
                        "POST /api/v1/reports",
                        "GET /api/v1/reports/{reportId}/receipt",
                        "POST /api/v1/incidents",
                        "POST /api/v1/incidents/{incidentId}/updates",
                        "GET /api/v1/incidents",
                        "POST /api/v1/incidents/{incidentId}/acknowledgement",
                        "GET /api/v1/notices",
                        "POST /api/v1/notices/{noticeId}/receipts",
                        "POST /api/v1/notices/{noticeId}/acknowledgements",
                        "GET /api/v1/notices/issued",
                        "POST /api/v1/notices/issued/{noticeId}/reminders",
                        "GET /api/v1/obligations",
                        "POST /api/v1/admin/enforcement",
                        "GET /api/v1/enforcement",
                        "GET /api/v1/rectifications/{caseId}",
                        "POST /api/v1/rectifications/{caseId}/rechecks",
                        "POST /api/v1/rectifications/{caseId}/reports",
                        "GET /api/v1/ledger/own",
                        "GET /api/v1/ledger/own/checkpoint",
                        "POST /api/v1/admin/platforms",
                        "GET /api/v1/platforms/{platformId}/ledger");
    }

    @Test
    void everyPageOfTheWebUiSendsSomeoneNotSignedInToTheSignInPage() throws Exception {
        List<MappedEndpoints.Endpoint> pages = MappedEndpoints.of(mappings, PUBLIC).stream()
                .filter(endpoint -> endpoint.pattern().startsWith("/ui"))
                .toList();
        for (MappedEndpoints.Endpoint page : pages) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page.path()))
                            .method(page.method(), HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.method().equals("GET")) {
                assertThat(response.statusCode()).as(page.toString()).isEqualTo(302);
                assertThat(response.headers().firstValue("Location"))
                        .as(page.toString())
                        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
            } else {
                assertThat(response.statusCode())
                        .as(page + ": no CSRF token, no session")
                        .isEqualTo(403);
            }
        }
        assertThat(pages).map(MappedEndpoints.Endpoint::toString).contains("GET /ui");
    }
}
