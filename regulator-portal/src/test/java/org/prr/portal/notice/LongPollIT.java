package org.prr.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With four request threads, twelve agents wait in the long poll at once and the portal still serves staff: a wait
 * holds no thread. The notice issued then reaches every waiting agent, each in the answer to the poll it was
 * waiting in (with a thread per wait, the issuing call would queue behind the polls until they timed out empty).
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=1"})
class LongPollIT {

    private static final int AGENTS = 12;

    @LocalServerPort
    int port;

    @Autowired
    NoticeWaiters waiters;

    @Test
    void manyAgentsWaitWithoutARequestThreadEachAndAllGetTheNoticeInTheirPoll() {
        PortalClient portal = new PortalClient(port);
        List<TestPlatform> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(portal.registerNewPlatform("lp", "CN-44"));
        }
        List<CompletableFuture<Response>> polls = new ArrayList<>();
        for (TestPlatform agent : agents) {
            long cursor = poll(portal, agent, 0, 0).json().get("cursor").asLong();
            polls.add(CompletableFuture.supplyAsync(() -> poll(portal, agent, cursor, 25)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> waiters.waiting() == AGENTS);

        Response issued = portal.asAdmin(
                "POST",
                "/api/v1/admin/notices",
                """
                {"audience":"ALL","severity":"URGENT","title":"汛期值班安排",
                 "body":"Keep the duty line staffed through the holiday.","actionRequired":false}""");

        assertThat(issued.status()).isEqualTo(201);
        for (CompletableFuture<Response> poll : polls) {
            Response answer = poll.join();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("notices").findValuesAsText("title")).contains("汛期值班安排");
        }
        assertThat(waiters.waiting()).isZero();
    }

    @Test
    void aPollThatTimesOutAnswersAnEmptyPageWithItsCursor() {
        PortalClient portal = new PortalClient(port);
        TestPlatform agent = portal.registerNewPlatform("lt", "CN-44");
        long cursor = poll(portal, agent, 0, 0).json().get("cursor").asLong();

        Response answer = poll(portal, agent, cursor, 1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("notices")).isEmpty();
        assertThat(answer.json().get("cursor").asLong()).isEqualTo(cursor);
    }

    private static Response poll(PortalClient portal, TestPlatform agent, long after, int waitSeconds) {
        String path = "/api/v1/notices?after=" + after + "&waitSeconds=" + waitSeconds;
        return portal.send(portal.signed(agent.signer(), "GET", path, new byte[0], Instant.now())
                .build());
    }
}
