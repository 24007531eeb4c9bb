package org.prr.agent.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.prr.agent.AgentIntegrationTest;
import org.prr.testing.MappedEndpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * With {@code agent.local-api.token} set, every endpoint of the agent's local API refuses a call without it or with
 * another token (401, problem+json), whoever wrote the endpoint; health stays open for monitoring.
 */
@AgentIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "agent.local-api.token=local-secret")
class LocalApiTokenIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc http;

    @Test
    void everyLocalEndpointRefusesACallWithoutTheToken() throws Exception {
        List<MappedEndpoints.Endpoint> endpoints = MappedEndpoints.of(mappings, Set.of("/error"));
        for (MappedEndpoints.Endpoint endpoint : endpoints) {
            for (String authorization : new String[] {null, "Bearer wrong-secret", "local-secret"}) {
                var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), endpoint.path())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}");
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                http.perform(request)
                        .andExpect(status().isUnauthorized())
                        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            }
        }
        assertThat(endpoints)
                .map(MappedEndpoints.Endpoint::toString)
                .contains("POST /incidents", "POST /incidents/{incidentId}/updates", "GET /incidents", "GET /notices");
        http.perform(MockMvcRequestBuilders.get("/actuator/health"))
                .andExpect(result -> assertThat(result.getResponse().getStatus())
                        .as("health needs no token")
                        .isNotEqualTo(401));
    }
}
