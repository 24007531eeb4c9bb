package org.prr.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prr.portal.PortalClient.Response;
import org.springframework.boot.test.web.server.LocalServerPort;

@PortalIntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void servesTheApiDescriptionWithEveryPublicCall() {
        Response description = new PortalClient(port).asStaff(null, null, "GET", "/v3/api-docs", null);

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().get("openapi").asText()).startsWith("3.");
        assertThat(description.json().get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/reports",
                        "/api/v1/reports/{reportId}/receipt",
                        "/api/v1/admin/platforms",
                        "/api/v1/admin/platforms/{platformId}/keys",
                        "/api/v1/platforms/{platformId}/ledger",
                        "/api/v1/platforms/{platformId}/ledger/verification",
                        "/api/v1/ledger/checkpoints",
                        "/api/v1/platforms/{platformId}/reports");
    }
}
