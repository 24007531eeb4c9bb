package org.prr.portal.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.Category;
import org.prr.model.Incident;
import org.prr.model.IncidentUpdate;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@PortalIntegrationTest
class IncidentsIT {

    static final OffsetDateTime MORNING = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @LocalServerPort
    int port;

    PortalClient portal;
    TestPlatform platform;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        platform = portal.registerNewPlatform("inc", "CN-50");
    }

    Incident incident(String platformId) {
        return new Incident(
                UUID.randomUUID(),
                platformId,
                Incident.Severity.CRITICAL,
                Category.VIOLENCE_GORE,
                MORNING,
                MORNING.plusMinutes(12),
                "Violent livestream spread by re-uploads",
                "A livestream showing an assault was re-uploaded 3,000 times before removal.",
                "about 120,000 users",
                "Stream cut, hash-blocking of re-uploads",
                "Duty editor +86 23 0000 0000");
    }

    Response post(String path, Object body) {
        return portal.send(portal.signed(platform.signer(), "POST", path, CanonicalJson.write(body), Instant.now())
                .build());
    }

    @Test
    void recordsAnIncidentAndItsUpdatesInTheLedgerOnceEach() {
        Incident incident = incident(platform.platformId());
        IncidentUpdate contained = new IncidentUpdate(
                UUID.randomUUID(),
                incident.incidentId(),
                platform.platformId(),
                IncidentUpdate.Status.CONTAINED,
                MORNING.plusHours(2),
                "No re-uploads since 10:40");

        Response reported = post("/api/v1/incidents", incident);
        Response replayed = post("/api/v1/incidents", incident);
        Response updated = post("/api/v1/incidents/" + incident.incidentId() + "/updates", contained);

        assertThat(reported.status()).isEqualTo(201);
        assertThat(reported.json().get("reportId").asText())
                .isEqualTo(incident.incidentId().toString());
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("entryHash")).isEqualTo(reported.json().get("entryHash"));
        assertThat(updated.status()).isEqualTo(201);
        JsonNode ledger = portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger")
                .json();
        assertThat(ledger.findValuesAsText("type")).containsExactly("INCIDENT_REPORTED", "INCIDENT_UPDATED");
        assertThat(PortalClient.payload(ledger.get(0)).get("title").asText()).contains("livestream");
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void refusesWhatIsNotTheCallersOrDoesNotHold() {
        Incident mine = incident(platform.platformId());
        Response notMine = post("/api/v1/incidents", incident("someone-else"));
        Response blankTitle = post(
                "/api/v1/incidents",
                new Incident(
                        UUID.randomUUID(),
                        platform.platformId(),
                        Incident.Severity.MAJOR,
                        Category.OTHER,
                        MORNING,
                        MORNING,
                        " ",
                        "s",
                        null,
                        null,
                        "c"));
        Response unknownIncident = post(
                "/api/v1/incidents/" + mine.incidentId() + "/updates",
                new IncidentUpdate(
                        UUID.randomUUID(),
                        mine.incidentId(),
                        platform.platformId(),
                        IncidentUpdate.Status.OPEN,
                        MORNING,
                        "still looking"));
        post("/api/v1/incidents", mine);
        Response changed = post(
                "/api/v1/incidents",
                new Incident(
                        mine.incidentId(),
                        mine.platformId(),
                        mine.severity(),
                        mine.category(),
                        mine.occurredAt(),
                        mine.detectedAt(),
                        "Another title",
                        mine.summary(),
                        mine.scope(),
                        mine.actionsTaken(),
                        mine.contact()));

        assertThat(notMine.status()).isEqualTo(403);
        assertThat(blankTitle.status()).isEqualTo(422);
        assertThat(blankTitle.json().get("errors").get(0).get("field").asText()).isEqualTo("title");
        assertThat(unknownIncident.status()).isEqualTo(404);
        assertThat(changed.status()).isEqualTo(422);
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger")
                        .json())
                .hasSize(1);
    }
}
