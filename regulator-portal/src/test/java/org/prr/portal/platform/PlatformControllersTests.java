package org.prr.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.prr.portal.WebSlices.assertProblem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.prr.portal.PortalWebTest;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.prr.portal.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Who may read and register platforms, and the problems the others get, without a database. */
@PortalWebTest({PlatformController.class, PlatformAdminController.class})
class PlatformControllersTests {

    private static final StaffPrincipal CQ_VIEWER = TestStaff.of("cq-viewer", "CN-50", Role.VIEWER);
    private static final StaffPrincipal CQ_ADMIN = TestStaff.of("cq-admin", "CN-50", Role.ADMIN);
    private static final String REGISTRATION =
            """
            {"platformId":"cq-video","name":"CQ Video","jurisdiction":"CN-50","tier":"KEY"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlatformRegistry registry;

    @Test
    void withoutCredentialsStaffCallsAre401() {
        assertProblem(mvc.get().uri("/api/v1/platforms").exchange(), 401, "/problems/unauthenticated");
        assertThat(mvc.get().uri("/api/v1/platforms").exchange())
                .headers()
                .hasValue("WWW-Authenticate", "Basic realm=\"regulator-portal\"");
    }

    @Test
    void aPlatformOutsideTheCallersJurisdictionIsNotFound() {
        when(registry.visible(any(), eq("sh-video"))).thenThrow(PlatformNotFound.inJurisdictionOfCaller("sh-video"));
        MvcTestResult result = mvc.get()
                .uri("/api/v1/platforms/sh-video")
                .with(user(CQ_VIEWER))
                .exchange();
        assertProblem(result, 404, "/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("no platform sh-video in your jurisdiction");
    }

    @Test
    void aViewerMayNotRegisterAPlatform() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/admin/platforms")
                .with(user(CQ_VIEWER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REGISTRATION)
                .exchange();
        assertProblem(result, 403, "/problems/forbidden");
        verify(registry, never()).register(any(), any());
    }

    @Test
    void aRegistrationThatBreaksARuleIs422NamingEachField() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/admin/platforms")
                .with(user(CQ_ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"platformId\":\"\",\"name\":\"CQ Video\",\"jurisdiction\":\"CN-50\",\"tier\":\"HUGE\"}")
                .exchange();
        assertProblem(result, 422, "/problems/validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("tier");
    }

    @Test
    void aTakenPlatformIdIs409() {
        when(registry.register(any(), any())).thenThrow(AlreadyRegistered.platform("cq-video"));
        MvcTestResult result = mvc.post()
                .uri("/api/v1/admin/platforms")
                .with(user(CQ_ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REGISTRATION)
                .exchange();
        assertProblem(result, 409, "/problems/conflict");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("platform cq-video is already registered");
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/admin/platforms")
                .with(user(CQ_ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"platformId\":")
                .exchange();
        assertProblem(result, 400, "/problems/malformed-json");
    }
}
