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
    void anAdminManagesTheAccountsOfTheirJurisdictionOnly() {
        String beijingViewer = "bj-viewer-" + suffix;
        portal.createStaff(beijingViewer, password, "CN-11", "VIEWER");

        Response list = as(admin, "GET", "/api/v1/admin/staff");
        assertThat(list.json().findValuesAsText("username"))
                .contains(analyst, admin)
                .doesNotContain(beijingViewer);
        assertThat(list.json().findValuesAsText("jurisdiction")).containsOnly("CN-50");
        for (String path : List.of("/disable", "/enable", "/unlock")) {
            assertThat(as(admin, "POST", "/api/v1/admin/staff/" + beijingViewer + path)
                            .status())
                    .as(path)
                    .isEqualTo(404);
        }

        assertThat(as(admin, "POST", "/api/v1/admin/staff/" + analyst + "/disable")
                        .status())
                .isEqualTo(204);
        assertThat(as(analyst, "GET", "/api/v1/platforms").status())
                .as("disabled")
                .isEqualTo(401);
        assertThat(as(admin, "POST", "/api/v1/admin/staff/" + analyst + "/enable")
                        .status())
                .isEqualTo(204);
        assertThat(as(analyst, "GET", "/api/v1/platforms").status()).isEqualTo(200);

        Response self = as(admin, "POST", "/api/v1/admin/staff/" + admin + "/disable");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.raw().body()).contains("you cannot disable your own account");
        Response dropOwnAdmin = portal.asStaff(
                admin, password, "PUT", "/api/v1/admin/staff/" + admin + "/roles", "{\"roles\":[\"VIEWER\"]}");
        assertThat(dropOwnAdmin.status()).isEqualTo(422);
        assertThat(portal.asStaff(admin, password, "PUT", "/api/v1/admin/staff/" + analyst + "/roles", "{\"roles\":[]}")
                        .status())
                .isEqualTo(422);

        assertThat(portal.asStaff(
                                admin,
                                password,
                                "PUT",
                                "/api/v1/admin/staff/" + analyst + "/roles",
                                "{\"roles\":[\"VIEWER\"]}")
                        .status())
                .isEqualTo(204);
        assertThat(as(analyst, "POST", "/api/v1/admin/evaluations").status()).isEqualTo(403);
        assertThat(as(admin, "GET", "/api/v1/admin/staff").raw().body())
                .contains("{\"username\":\"" + analyst + "\",\"jurisdiction\":\"CN-50\",\"roles\":[\"VIEWER\"]");
    }

    @Test
    void anAdminMakesAPlatformsOwnAccountsThroughTheApiForTheirJurisdictionOnly() {
        String path = "/api/v1/admin/platforms/" + chongqing.platformId() + "/accounts";
        String officer = "officer-" + suffix;
        String body = "{\"username\":\"" + officer + "\",\"password\":\"" + password + "\"}";

        Response created = portal.asStaff(admin, password, "POST", path, body);

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.json().get("roles").toString()).isEqualTo("[\"PLATFORM\"]");
        assertThat(created.json().get("platformId").asText()).isEqualTo(chongqing.platformId());
        assertThat(created.json().get("jurisdiction").asText()).isEqualTo("CN-50");
        assertThat(as(admin, "GET", path).json().findValuesAsText("username")).containsExactly(officer);
        assertThat(portal.asStaff(admin, password, "POST", path, body).status())
                .as("the name is taken")
                .isEqualTo(409);
        assertThat(portal.asStaff(
                                admin,
                                password,
                                "POST",
                                path,
                                "{\"username\":\"short-" + suffix + "\",\"password\":\"short\"}")
                        .status())
                .isEqualTo(422);
        assertThat(portal.asStaff(admin, password, "POST", path, "{\"username\":\"\"}")
                        .status())
                .isEqualTo(422);
        assertThat(portal.asStaff(admin, password, "POST", path, "[]").status()).isEqualTo(400);
        assertThat(portal.asStaff(analyst, password, "POST", path, body).status())
                .as("ADMIN only")
                .isEqualTo(403);
        assertThat(portal.asStaff(
                                admin,
                                password,
                                "POST",
                                "/api/v1/admin/platforms/" + beijing.platformId() + "/accounts",
                                "{\"username\":\"bj-officer-" + suffix + "\",\"password\":\"" + password + "\"}")
                        .status())
                .as("another jurisdiction's platform is not found")
                .isEqualTo(404);
        assertThat(as(admin, "GET", "/api/v1/admin/platforms/" + beijing.platformId() + "/accounts")
                        .status())
                .isEqualTo(404);
        assertThat(portal.asStaff(officer, password, "GET", "/api/v1/platforms", null)
                        .status())
                .as("a platform's account reads no staff API")
                .isEqualTo(403);
    }

    @Test
    void anAdminResetsAPasswordAndUnlocksAnAccount() {
        for (int i = 0; i < 5; i++) {
            portal.asStaff(analyst, "wrong", "GET", "/api/v1/platforms", null);
        }
        assertThat(as(analyst, "GET", "/api/v1/platforms").status())
                .as("locked")
                .isEqualTo(401);
        assertThat(as(admin, "GET", "/api/v1/admin/staff").json().findValuesAsText("lockedUntil"))
                .as("the lock shows")
                .anyMatch(until -> !until.isEmpty() && !until.equals("null"));

        assertThat(as(admin, "POST", "/api/v1/admin/staff/" + analyst + "/unlock")
                        .status())
                .isEqualTo(204);
        assertThat(as(analyst, "GET", "/api/v1/platforms").status()).isEqualTo(200);

        assertThat(portal.asStaff(
                                admin,
                                password,
                                "PUT",
                                "/api/v1/admin/staff/" + analyst + "/password",
                                "{\"password\":\"short\"}")
                        .status())
                .isEqualTo(422);
        String newPassword = "new-" + password;
        assertThat(portal.asStaff(
                                admin,
                                password,
                                "PUT",
                                "/api/v1/admin/staff/" + analyst + "/password",
                                "{\"password\":\"" + newPassword + "\"}")
                        .status())
                .isEqualTo(204);
        assertThat(as(analyst, "GET", "/api/v1/platforms").status())
                .as("old password")
                .isEqualTo(401);
        assertThat(portal.asStaff(analyst, newPassword, "GET", "/api/v1/platforms", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theAuditTrailFiltersByPersonActionTargetAndTime() {
        as(admin, "POST", "/api/v1/admin/staff/" + analyst + "/disable");
        as(admin, "POST", "/api/v1/admin/staff/" + analyst + "/enable");
        as(analyst, "GET", "/api/v1/platforms/" + chongqing.platformId() + "/ledger");

        Response byAdmin = as(admin, "GET", "/api/v1/admin/audit?username=" + admin);
        assertThat(byAdmin.json().findValuesAsText("action")).containsExactly("STAFF_ENABLED", "STAFF_DISABLED");
        Response disabled = as(admin, "GET", "/api/v1/admin/audit?action=STAFF_DISABLED&target=" + analyst);
        assertThat(disabled.json()).hasSize(1);
        assertThat(disabled.json().get(0).get("username").asText()).isEqualTo(admin);
        Response reads = as(
                admin,
                "GET",
                "/api/v1/admin/audit?action=LEDGER_READ&target="
                        + chongqing
                                .platformId()
                                .substring(0, chongqing.platformId().length() - 1));
        assertThat(reads.json().findValuesAsText("target")).containsExactly(chongqing.platformId());
        assertThat(as(admin, "GET", "/api/v1/admin/audit?target=cq-%25").json())
                .as("% is matched as itself")
                .isEmpty();

        long newest = byAdmin.json().get(0).get("id").asLong();
        assertThat(as(admin, "GET", "/api/v1/admin/audit?username=" + admin + "&beforeId=" + newest)
                        .json()
                        .findValuesAsText("action"))
                .containsExactly("STAFF_DISABLED");
        assertThat(as(
                                admin,
                                "GET",
                                "/api/v1/admin/audit?username=" + admin + "&from=2000-01-01T00:00:00Z&to="
                                        + "2001-01-01T00:00:00Z")
                        .json())
                .isEmpty();
        assertThat(as(admin, "GET", "/api/v1/admin/audit?limit=0").status()).isEqualTo(422);
        assertThat(as(admin, "GET", "/api/v1/admin/audit?action=NOPE").status()).isEqualTo(400);
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
