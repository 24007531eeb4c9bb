package org.prr.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.prr.portal.WebSlices.assertProblem;
import static org.prr.portal.WebSlices.signed;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.portal.PortalWebTest;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.SigningKey;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Who may issue notices and how a poll is refused, without a database. */
@PortalWebTest(NoticeApiController.class)
class NoticeApiControllerTests {

    private static final String DRAFT =
            """
            {"audience":"ALL","severity":"INFO","title":"t","body":"b","actionRequired":false}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlatformRegistry registry;

    @MockitoBean
    NoticeBook notices;

    @MockitoBean
    NoticeTracking tracking;

    @MockitoBean
    NoticeWaiters waiters;

    @Test
    void onlyAnAdminIssuesNotices() {
        for (Role role : new Role[] {Role.VIEWER, Role.ANALYST}) {
            assertProblem(
                    mvc.post()
                            .uri("/api/v1/admin/notices")
                            .with(user(TestStaff.of("cq-" + role, "CN-50", role)))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(DRAFT)
                            .exchange(),
                    403,
                    "/problems/forbidden");
        }
        verify(notices, never()).issue(any(), any());
    }

    @Test
    void aDraftWithoutTitleOrAudienceIs422NamingBoth() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/admin/notices")
                .with(user(TestStaff.of("cq-admin", "CN-50", Role.ADMIN)))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"severity\":\"INFO\",\"title\":\"\",\"body\":\"b\",\"actionRequired\":false}")
                .exchange();
        assertProblem(result, 422, "/problems/validation");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("audience", "title");
    }

    @Test
    void aPollIsSignedAndWaitsAtMostThirtySeconds() throws Exception {
        assertProblem(mvc.get().uri("/api/v1/notices?waitSeconds=5").exchange(), 401, "/problems/unauthenticated");
        KeyPair keys = Ed25519Keys.generate();
        when(registry.signingKey("cq-video", "k1"))
                .thenReturn(Optional.of(new SigningKey("k1", keys.getPublic(), true)));
        String path = "/api/v1/notices?after=0&waitSeconds=31";
        MvcTestResult result = signed(
                mvc.get().uri(path), new RequestSigner(keys.getPrivate(), "cq-video", "k1"), "GET", path, new byte[0]);
        assertProblem(result, 422, "/problems/validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("waitSeconds");
        verify(waiters, never()).await(any(), any(Long.class), any(Integer.class), any(), any());
    }
}
