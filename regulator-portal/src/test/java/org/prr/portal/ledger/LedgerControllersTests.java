package org.prr.portal.ledger;

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
import org.prr.portal.platform.PlatformNotFound;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.Role;
import org.prr.portal.staff.StaffPrincipal;
import org.prr.portal.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Staff reads of ledgers and checkpoints: who may read, what is refused, and that a refused read reads nothing. */
@PortalWebTest({LedgerController.class, CheckpointController.class})
class LedgerControllersTests {

    private static final StaffPrincipal CQ_VIEWER = TestStaff.of("cq-viewer", "CN-50", Role.VIEWER);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlatformRegistry registry;

    @MockitoBean
    Ledger ledger;

    @MockitoBean
    Checkpoints checkpoints;

    @MockitoBean
    AuditTrail audit;

    @Test
    void aLedgerOutsideTheCallersJurisdictionIsNotFoundAndNothingIsReadOrAudited() {
        when(registry.visible(any(), eq("sh-video"))).thenThrow(PlatformNotFound.inJurisdictionOfCaller("sh-video"));

        assertProblem(
                mvc.get()
                        .uri("/api/v1/platforms/sh-video/ledger")
                        .with(user(CQ_VIEWER))
                        .exchange(),
                404,
                "/problems/not-found");
        assertProblem(
                mvc.get()
                        .uri("/api/v1/platforms/sh-video/ledger/verification")
                        .with(user(CQ_VIEWER))
                        .exchange(),
                404,
                "/problems/not-found");
        verify(ledger, never()).entries(any(), any(Long.class), any(Integer.class));
        verify(ledger, never()).verify(any());
        verify(audit, never()).record(any(), any(), any(), any(), any());
    }

    @Test
    void aPageOutsideItsBoundsIs422NamingTheParameter() {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/platforms/cq-video/ledger?limit=1001")
                .with(user(CQ_VIEWER))
                .exchange();
        assertProblem(result, 422, "/problems/validation");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .asString()
                .endsWith("limit");
        assertProblem(
                mvc.get()
                        .uri("/api/v1/platforms/cq-video/ledger?fromSeq=0")
                        .with(user(CQ_VIEWER))
                        .exchange(),
                422,
                "/problems/validation");
    }

    @Test
    void aCheckpointVerificationWithoutCheckpointsIs422() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/ledger/checkpoints/verification")
                .with(user(CQ_VIEWER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"publicKey\":\"x\"}")
                .exchange();
        assertProblem(result, 422, "/problems/validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("checkpoints");
    }

    @Test
    void withoutCredentialsNothingIsRead() {
        assertProblem(mvc.get().uri("/api/v1/ledger/checkpoints").exchange(), 401, "/problems/unauthenticated");
        verify(checkpoints, never()).export(any());
    }
}
