package org.prr.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.prr.model.MetricReport;
import org.prr.model.ReportFixtures;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalClient.TestPlatform;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Many submissions at once over HTTP, on MariaDB. */
@PortalIntegrationTest
class IntakeConcurrencyIT {

    @LocalServerPort
    int port;

    private static <T> List<T> runTogether(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void fiftyIdenticalSubmissionsAtOnceMakeOneLedgerEntry() throws Exception {
        PortalClient portal = new PortalClient(port);
        TestPlatform platform = portal.registerNewPlatform("c", "CN-50");
        MetricReport report = ReportFixtures.complaintsReport(platform.platformId());
        List<Callable<Response>> submissions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            submissions.add(() -> portal.submit(platform, report));
        }

        List<Response> responses = runTogether(50, submissions);

        assertThat(responses)
                .extracting(Response::status)
                .containsOnlyOnce(201)
                .allMatch(status -> status == 201 || status == 200 || status == 409);
        String entryHash = responses.stream()
                .filter(r -> r.status() == 201)
                .findFirst()
                .orElseThrow()
                .json()
                .get("entryHash")
                .asText();
        assertThat(responses)
                .filteredOn(r -> r.status() == 200)
                .allSatisfy(r -> assertThat(r.json().get("entryHash").asText()).isEqualTo(entryHash));
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger")
                        .json())
                .hasSize(1);
    }

    @Test
    void twentyPlatformsSubmittingAHundredReportsEachKeepEveryChainContiguous() throws Exception {
        PortalClient portal = new PortalClient(port);
        List<TestPlatform> platforms = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            platforms.add(portal.registerPlatform(
                    "m-" + p + "-" + UUID.randomUUID().toString().substring(0, 6), "CN-50"));
        }
        List<Callable<Integer>> submissions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            for (TestPlatform platform : platforms) {
                submissions.add(() -> portal.submit(platform, ReportFixtures.complaintsReport(platform.platformId()))
                        .status());
            }
        }

        List<Integer> statuses = runTogether(16, submissions);

        assertThat(statuses).hasSize(2000).containsOnly(201);
        for (TestPlatform platform : platforms) {
            Response verification =
                    portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification");
            assertThat(verification.json().get("valid").asBoolean())
                    .as(platform.platformId())
                    .isTrue();
            assertThat(verification.json().get("entries").asLong())
                    .as(platform.platformId())
                    .isEqualTo(100);
        }
    }
}
