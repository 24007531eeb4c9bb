package org.prr.agent.incident;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prr.agent.AgentIntegrationTest;
import org.prr.agent.PortalStub;
import org.prr.agent.outbox.DeliveryStatus;
import org.prr.agent.outbox.Outbox;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.ReportFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/** Platform staff raise an incident at the agent's local endpoint; it reaches the portal while reports are stuck. */
@AgentIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "agent.local-api.token=local-secret")
class IncidentsIT {

    @RegisterExtension
    static WireMockExtension portal = PortalStub.server();

    @DynamicPropertySource
    static void portalAndQuickRetries(DynamicPropertyRegistry registry) {
        PortalStub.asPortal(registry, portal);
        PortalStub.quickDelivery(registry);
    }

    @Autowired
    MockMvc http;

    @Autowired
    Incidents incidents;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AgentSettings settings;

    static MockHttpServletRequestBuilder local(String path) {
        return MockMvcRequestBuilders.post(path);
    }

    @Test
    void anIncidentOvertakesReportsThePortalCannotTakeAndItsUpdateFollows() throws Exception {
        portal.stubFor(
                post(urlEqualTo("/api/v1/reports")).willReturn(aResponse().withStatus(503)));
        transaction.executeWithoutResult(tx -> outbox.enqueue(ReportFixtures.complaintsReport(settings.platformId())));
        portal.stubFor(post(urlEqualTo("/api/v1/incidents"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(PortalStub.receipt("00000000-0000-0000-0000-000000000001", "it-platform", 7))));
        portal.stubFor(post(urlPathMatching("/api/v1/incidents/.+/updates"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(PortalStub.receipt("00000000-0000-0000-0000-000000000002", "it-platform", 7))));

        String created = http.perform(
                        local("/incidents")
                                .header("Authorization", "Bearer local-secret")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"severity":"CRITICAL","category":"VIOLENCE_GORE",
                                 "occurredAt":"2026-11-24T09:00:00+08:00","title":"Violent livestream",
                                 "summary":"Re-uploaded 3,000 times before removal","contact":"duty editor"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.platformId").value("it-platform"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String incidentId = com.jayway.jsonpath.JsonPath.read(created, "$.incidentId");
        http.perform(local("/incidents/" + incidentId + "/updates")
                        .header("Authorization", "Bearer local-secret")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CONTAINED\",\"text\":\"stream cut\"}"))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(15))
                .until(() -> incidents.all().stream().allMatch(sent -> sent.status() == DeliveryStatus.DELIVERED));
        portal.verify(postRequestedFor(urlEqualTo("/api/v1/incidents"))
                .withRequestBody(matchingJsonPath("$.incidentId", equalTo(incidentId)))
                .withHeader("X-Signature", com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
        portal.verify(postRequestedFor(urlEqualTo("/api/v1/incidents/" + incidentId + "/updates")));
        assertThat(outbox.pending(10))
                .as("the report still waits for the portal")
                .hasSize(1);
    }

    @Test
    void refusesAnIncompleteIncidentAndAStranger() throws Exception {
        http.perform(
                        local("/incidents")
                                .header("Authorization", "Bearer local-secret")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"severity":"MAJOR","category":"GAMBLING","occurredAt":"2026-11-24T09:00:00+08:00",
                                 "title":"","summary":"s","contact":"c"}"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        http.perform(local("/incidents").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        http.perform(local("/incidents/6a4e3c1e-0000-4000-8000-000000000000/updates")
                        .header("Authorization", "Bearer local-secret")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CLOSED\",\"text\":\"done\"}"))
                .andExpect(status().isNotFound());
    }
}
