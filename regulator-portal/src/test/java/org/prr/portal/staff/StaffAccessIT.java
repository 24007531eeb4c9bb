package org.prr.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff see and change only their own jurisdiction; wrong passwords lock; nothing secret reaches the log. */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StaffAccessIT {

    @LocalServerPort
    int port;

    PortalClient portal;
    String suffix;
    TestPlatform chongqing;
    TestPlatform beijing;
    String analyst;
    String admin;
    final String password = "pw-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        chongqing = portal.registerPlatform("cq-" + suffix, "CN-50");
        beijing = portal.registerPlatform("bj-" + suffix, "CN-11");
        portal.submit(beijing, ReportFixtures.complaintsReport(beijing.platformId()));
        analyst = "analyst-" + suffix;
        admin = "admin-" + suffix;
        portal.createStaff(analyst, password, "CN-50", "ANALYST", "VIEWER");
        portal.createStaff(admin, password, "CN-50", "ADMIN", "VIEWER");
    }

    private Response as(String user, String method, String path) {
        return portal.asStaff(user, password, method, path, null);
    }

    @Test
    void aChongqingAnalystGetsNothingOfABeijingPlatformFromAnyStaffUrl() {
        String bj = beijing.platformId();
        List<String> reads = List.of(
                "/api/v1/platforms/" + bj,
                "/api/v1/platforms/" + bj + "/ledger",
                "/api/v1/platforms/" + bj + "/ledger?fromSeq=1&limit=10",
                "/api/v1/platforms/" + bj + "/ledger/verification");
        for (String path : reads) {
            Response response = as(analyst, "GET", path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.raw().body())
                    .as(path)
                    .doesNotContain("\"received\"")
                    .doesNotContain("entryHash");
        }
        Response list = as(analyst, "GET", "/api/v1/platforms");
        assertThat(list.json().findValuesAsText("platformId"))
                .contains(chongqing.platformId())
                .doesNotContain(bj);
        for (String path : List.of(
                "/api/v1/admin/platforms/" + bj + "/keys",
                "/api/v1/admin/platforms/" + bj + "/keys/" + beijing.keyId() + "/revocation")) {
            assertThat(portal.asStaff(analyst, password, "POST", path, "{}").status())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(as(analyst, "GET", "/api/v1/admin/audit").status()).isEqualTo(403);
    }

    @Test
    void aChongqingAdminCannotTouchBeijing() {
        String bj = beijing.platformId();
        assertThat(portal.asStaff(
                                admin,
                                password,
                                "POST",
                                "/api/v1/admin/platforms/" + bj + "/keys/" + beijing.keyId() + "/revocation",
                                null)
                        .status())
                .isEqualTo(404);
        assertThat(portal.asStaff(
                                admin,
                                password,
                                "POST",
                                "/api/v1/admin/platforms",
                                """
                {"platformId":"bj2-%s","name":"Other","jurisdiction":"CN-11","tier":"KEY"}"""
                                        .formatted(suffix))
                        .status())
                .isEqualTo(403);
        assertThat(portal.asStaff(
                                admin,
                                password,
                                "POST",
                                "/api/v1/admin/staff",
                                """
                {"username":"x-%s","password":"long-enough-password","jurisdiction":"CN-11","roles":["VIEWER"]}"""
                                        .formatted(suffix))
                        .status())
                .isEqualTo(403);
        assertThat(portal.submit(beijing, ReportFixtures.complaintsReport(bj)).status())
                .isEqualTo(201);
    }

    @Test
    void auditsLedgerReadsAndChangesAndShowsAnAdminOnlyTheirJurisdiction() {
        as(analyst, "GET", "/api/v1/platforms/" + chongqing.platformId() + "/ledger");
        as(analyst, "GET", "/api/v1/platforms/" + chongqing.platformId() + "/ledger/verification");

        Response audit = as(admin, "GET", "/api/v1/admin/audit?limit=1000");

        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().findValuesAsText("jurisdiction")).containsOnly("CN-50");
        assertThat(audit.raw().body())
                .contains("\"username\":\"" + analyst + "\",\"action\":\"LEDGER_READ\",\"target\":\""
                        + chongqing.platformId() + "\"")
                .contains("\"action\":\"LEDGER_VERIFIED\"")
                .contains("\"action\":\"STAFF_CREATED\",\"target\":\"" + analyst + "\"")
                .doesNotContain(beijing.platformId());
        assertThat(portal.asAdmin("GET", "/api/v1/admin/audit?limit=1000").raw().body())
                .contains("\"action\":\"PLATFORM_REGISTERED\",\"target\":\"" + beijing.platformId() + "\"");
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswords() {
        for (int i = 0; i < 5; i++) {
            assertThat(portal.asStaff(analyst, "wrong", "GET", "/api/v1/platforms", null)
                            .status())
                    .isEqualTo(401);
        }

        assertThat(as(analyst, "GET", "/api/v1/platforms").status()).isEqualTo(401);
        assertThat(as(admin, "GET", "/api/v1/platforms").status()).isEqualTo(200);
    }

    @Test
    void refusesReportsSignedWithARevokedOrExpiredKey() {
        assertThat(portal.asAdmin(
                                "POST",
                                "/api/v1/admin/platforms/" + chongqing.platformId() + "/keys/" + chongqing.keyId()
                                        + "/revocation")
                        .status())
                .isEqualTo(204);

        Response revoked = portal.submit(chongqing, ReportFixtures.complaintsReport(chongqing.platformId()));
        assertThat(revoked.status()).isEqualTo(401);
        Response detail = as(admin, "GET", "/api/v1/platforms/" + chongqing.platformId());
        assertThat(detail.json().get("keys").get(0).get("validNow").asBoolean()).isFalse();
        assertThat(detail.json().get("keys").get(0).get("revokedAt").isNull()).isFalse();

        TestPlatform expired =
                portal.registerPlatform("ex-" + suffix, "CN-50", "2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z");
        assertThat(portal.submit(expired, ReportFixtures.complaintsReport(expired.platformId()))
                        .status())
                .isEqualTo(401);
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + chongqing.platformId() + "/ledger")
                        .json())
                .isEmpty();
    }

    @Test
    void rejectsAShortPassword() {
        Response response = portal.asAdmin(
                "POST",
                "/api/v1/admin/staff",
                """
                {"username":"short-%s","password":"short","jurisdiction":"CN-50","roles":["VIEWER"]}"""
                        .formatted(suffix));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
    }

    @Test
    void writesNoPasswordToTheLog(CapturedOutput output) {
        for (int i = 0; i < 6; i++) {
            portal.asStaff(analyst, password + "-wrong", "GET", "/api/v1/platforms", null);
        }
        portal.createStaff("late-" + suffix, password + "-late", "CN-50", "VIEWER");

        assertThat(output.getAll())
                .contains("Staff account '" + analyst + "' locked")
                .doesNotContain(password)
                .doesNotContain(PortalClient.ADMIN_PASSWORD);
    }
}
