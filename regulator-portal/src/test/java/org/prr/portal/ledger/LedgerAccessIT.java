package org.prr.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff reads of the ledger over HTTP: what an ADMIN sees, and what needs credentials. */
@PortalIntegrationTest
class LedgerAccessIT {

    @LocalServerPort
    int port;

    PortalClient portal;
    TestPlatform platform;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        platform = portal.registerNewPlatform("a", "CN-11");
    }

    @Test
    void showsAcceptedReportsWithTheirPayloadAndSignature() {
        portal.submit(platform, ReportFixtures.complaintsReport(platform.platformId()));

        Response ledger = portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger");

        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.json()).hasSize(1);
        assertThat(ledger.json().get(0).get("type").asText()).isEqualTo("REPORT_ACCEPTED");
        assertThat(PortalClient.payload(ledger.json().get(0))
                        .get("complaints")
                        .get("received")
                        .asLong())
                .isEqualTo(120);
        assertThat(ledger.json().get(0).get("signature").get("keyId").asText()).isEqualTo(platform.keyId());

        Response verification =
                portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification");
        assertThat(verification.json().get("valid").asBoolean()).isTrue();
        assertThat(verification.json().get("entries").asLong()).isEqualTo(1);
        assertThat(verification.json().get("headHash").asText())
                .isEqualTo(ledger.json().get(0).get("entryHash").asText());
    }

    @Test
    void pagesFromASeq() {
        for (int i = 0; i < 3; i++) {
            portal.submit(platform, ReportFixtures.complaintsReport(platform.platformId()));
        }

        Response page =
                portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger?fromSeq=2&limit=1");

        assertThat(page.json()).hasSize(1);
        assertThat(page.json().get(0).get("seq").asLong()).isEqualTo(2);
    }

    @Test
    void requiresStaffCredentials() {
        Response anonymous =
                portal.asStaff(null, null, "GET", "/api/v1/platforms/" + platform.platformId() + "/ledger", null);
        Response wrongPassword = portal.asStaff(
                PortalClient.ADMIN, "wrong", "GET", "/api/v1/platforms/" + platform.platformId() + "/ledger", null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void answersAnUnknownPlatformWithNotFound() {
        Response response = portal.asAdmin("GET", "/api/v1/platforms/no-such-platform/ledger");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/not-found");
    }

    @Test
    void refusesToRegisterAPlatformTwice() {
        Response again = portal.asStaff(
                PortalClient.ADMIN,
                PortalClient.ADMIN_PASSWORD,
                "POST",
                "/api/v1/admin/platforms",
                """
                {"platformId":"%s","name":"Again","jurisdiction":"CN-11","tier":"KEY"}"""
                        .formatted(platform.platformId()));

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void rejectsARegistrationNamingTheBadFields() {
        Response invalid = portal.asStaff(
                PortalClient.ADMIN,
                PortalClient.ADMIN_PASSWORD,
                "POST",
                "/api/v1/admin/platforms",
                """
                {"platformId":"Bad Id","name":"","jurisdiction":"Chongqing","tier":"KEY"}""");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsText("field"))
                .containsExactly("jurisdiction", "name", "platformId");
    }

    @Test
    void refusesAnUnknownPropertyInsteadOfDroppingIt() {
        Response invalid = portal.asStaff(
                PortalClient.ADMIN,
                PortalClient.ADMIN_PASSWORD,
                "POST",
                "/api/v1/admin/platforms",
                """
                {"platformId":"typo-%s","name":"Typo","jurisdiction":"CN-11","tier":"KEY",
                 "contacts":"ops@example.cn"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8)));
        Response notJson = portal.asStaff(
                PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD, "POST", "/api/v1/admin/platforms", "{\"platformId\":");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsText("field")).containsExactly("contacts");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("type").asText()).isEqualTo("/problems/malformed-json");
    }

    @Test
    void rejectsAPublicKeyThatIsNotEd25519() {
        Response invalid = portal.asStaff(
                PortalClient.ADMIN,
                PortalClient.ADMIN_PASSWORD,
                "POST",
                "/api/v1/admin/platforms/" + platform.platformId() + "/keys",
                """
                {"keyId":"junk-1","algorithm":"Ed25519","publicKey":"bm90IGEga2V5","notBefore":"2020-01-01T00:00:00Z"}""");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").get(0).get("field").asText()).isEqualTo("publicKey");
    }
}
