package org.prr.portal.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.prr.portal.WebSlices.assertProblem;
import static org.prr.portal.WebSlices.signed;

import java.security.KeyPair;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.IncidentUpdate;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.portal.PortalWebTest;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.SigningKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A follow-up that names another incident than its path is refused before the incident book is asked. */
@PortalWebTest(IncidentIntakeController.class)
class IncidentIntakeControllerTests {

    private static final UUID INCIDENT = UUID.fromString("6a4e3c1e-0000-4000-8000-000000000001");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlatformRegistry registry;

    @MockitoBean
    IncidentBook incidents;

    private final KeyPair keys = Ed25519Keys.generate();

    @BeforeEach
    void registeredKey() {
        when(registry.signingKey("cq-video", "k1"))
                .thenReturn(Optional.of(new SigningKey("k1", keys.getPublic(), true)));
    }

    private MvcTestResult follow(UUID pathIncident, IncidentUpdate update) {
        String path = "/api/v1/incidents/" + pathIncident + "/updates";
        byte[] body = CanonicalJson.write(update);
        return signed(
                mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body),
                new RequestSigner(keys.getPrivate(), "cq-video", "k1"),
                "POST",
                path,
                body);
    }

    private static IncidentUpdate update(UUID incidentId) {
        return new IncidentUpdate(
                UUID.randomUUID(),
                incidentId,
                "cq-video",
                IncidentUpdate.Status.CONTAINED,
                OffsetDateTime.of(2026, 11, 24, 10, 40, 0, 0, ZoneOffset.ofHours(8)),
                "No re-uploads since 10:40");
    }

    @Test
    void anUpdateForAnotherIncidentThanItsPathIs422NamingIncidentId() {
        MvcTestResult result = follow(UUID.randomUUID(), update(INCIDENT));
        assertProblem(result, 422, "/problems/validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("incidentId");
        verify(incidents, never()).update(any(), any());
    }
}
