package org.prr.portal.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@PortalIntegrationTest
class ObligationsIT {

    @LocalServerPort
    int port;

    PortalClient portal;
    TestPlatform platform;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        platform = portal.registerNewPlatform("ob", "CN-50");
    }

    private JsonNode obligationsAsThePlatform() {
        Response response =
                portal.send(portal.signed(platform.signer(), "GET", "/api/v1/obligations", new byte[0], Instant.now())
                        .build());
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode family(JsonNode obligations, String family) {
        for (JsonNode obligation : obligations) {
            if (obligation.get("family").asText().equals(family)) {
                return obligation;
            }
        }
        throw new AssertionError("no obligation for " + family);
    }

    @Test
    void servesTheTierDefaultsToThePlatformsAgent() {
        JsonNode obligations = obligationsAsThePlatform();

        assertThat(obligations.findValuesAsText("family"))
                .containsExactly("COMPLAINTS", "TAKEDOWNS", "STAFFING", "ANNUAL");
        JsonNode complaints = family(obligations, "COMPLAINTS");
        assertThat(complaints.get("cadence").asText()).isEqualTo("DAY");
        assertThat(complaints.get("gracePeriod").asText()).isEqualTo("PT24H");
        assertThat(complaints.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(complaints.get("source").asText()).isEqualTo("TIER_DEFAULT");
    }

    @Test
    void letsAnAdminReplaceOneFamilysRuleForOnePlatform() {
        Response changed = portal.asAdmin(
                "PUT",
                "/api/v1/admin/platforms/" + platform.platformId() + "/obligations/COMPLAINTS",
                """
                {"cadence":"WEEK","graceHours":12}""");
        assertThat(changed.status()).isEqualTo(200);

        JsonNode obligations = obligationsAsThePlatform();

        JsonNode complaints = family(obligations, "COMPLAINTS");
        assertThat(complaints.get("cadence").asText()).isEqualTo("WEEK");
        assertThat(complaints.get("gracePeriod").asText()).isEqualTo("PT12H");
        assertThat(complaints.get("source").asText()).isEqualTo("PLATFORM");
        assertThat(family(obligations, "STAFFING").get("source").asText()).isEqualTo("TIER_DEFAULT");
        assertThat(portal.asAdmin("GET", "/api/v1/admin/audit").raw().body())
                .contains("\"action\":\"OBLIGATION_SET\",\"target\":\"" + platform.platformId() + "/COMPLAINTS\"");
    }

    @Test
    void refusesAnUnsignedRequestAndAnInvalidRule() {
        Response unsigned = portal.send(HttpRequest.newBuilder(
                        portal.signed(platform.signer(), "GET", "/api/v1/obligations", new byte[0], Instant.now())
                                .build()
                                .uri())
                .GET()
                .build());
        Response invalid = portal.asAdmin(
                "PUT",
                "/api/v1/admin/platforms/" + platform.platformId() + "/obligations/COMPLAINTS",
                """
                {"cadence":"DAY","graceHours":-1}""");

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").get(0).get("field").asText()).isEqualTo("graceHours");
    }
}
