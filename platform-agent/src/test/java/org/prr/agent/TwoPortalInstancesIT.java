package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.testing.FreshMariaDbDatabase;

/**
 * Two portal processes on one MariaDB database with one configured key file, as two instances behind a load balancer
 * run: a notice issued on one reaches an agent long-polling the other without waiting for the poll to time out; each
 * firing of the scheduled evaluation runs on one of them; both sign checkpoints with the configured key, and one's
 * export verifies on the other.
 */
class TwoPortalInstancesIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ExecutorService POLLS = Executors.newCachedThreadPool();
    static final Pattern EVALUATIONS =
            Pattern.compile("(?m)^portal_evaluation_seconds_count\\{[^}]*scope=\"all\"[^}]*} (\\S+)$");
    static final Pattern WAITING = Pattern.compile("(?m)^portal_notices_waiting(?:\\{[^}]*})? (\\S+)$");

    @Test
    void twoInstancesOnOneDatabaseBehaveAsOne() throws Exception {
        Path key = Files.createTempDirectory("portal-key").resolve("portal-ed25519.pem");
        KeyPair portalKey = Ed25519Keys.generate();
        Files.writeString(key, Ed25519Keys.toPem(portalKey.getPrivate()));
        Files.writeString(Ed25519Keys.publicKeyFileFor(key), Ed25519Keys.toPem(portalKey.getPublic()));
        Map<String, String> environment = new HashMap<>(PortalProcess.onMariaDb(FreshMariaDbDatabase.create()));
        environment.put("PORTAL_CHECKPOINTS_PRIVATE_KEY_FILE", key.toString());
        environment.put("PORTAL_CHECKPOINTS_GENERATE_IF_MISSING", "false");
        environment.put("PORTAL_GAPS_EVALUATE_EVERY", "3s");

        try (PortalProcess one = PortalProcess.start(environment);
                PortalProcess other = PortalProcess.start(environment)) {
            KeyPair platformKey = Ed25519Keys.generate();
            one.register("two-platform", "two-key-1", platformKey.getPublic());
            RequestSigner agent = new RequestSigner(platformKey.getPrivate(), "two-platform", "two-key-1");

            // The portal's own reminders (报送提醒) reach a fresh platform whenever its evaluation finds a report due,
            // here every 3 s: a poll they answer is made again from the cursor they leave.
            long cursor = cursor(other.signedGet(agent, "/api/v1/notices?after=0&waitSeconds=0"));
            AtomicReference<CompletableFuture<HttpResponse<String>>> poll =
                    new AtomicReference<>(poll(other, agent, cursor));
            await("the agent's poll waiting on the other instance")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> {
                        if (poll.get().isDone()) {
                            poll.set(poll(other, agent, cursor(poll.get().join())));
                        }
                        return metric(other, WAITING) >= 1;
                    });
            HttpResponse<String> issued = one.call(
                    "POST",
                    "/api/v1/admin/notices",
                    """
                    {"audience":"PLATFORM","platformId":"two-platform","severity":"INFO",
                     "title":"跨实例通知","body":"另一实例上等待的代理应立即收到。"}""");
            long issuedAt = System.nanoTime();
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            String noticeId = JSON.readTree(issued.body()).get("noticeId").asText();
            HttpResponse<String> answered = poll.get().get(40, TimeUnit.SECONDS);
            while (!answered.body().contains(noticeId) && System.nanoTime() - issuedAt < TimeUnit.SECONDS.toNanos(30)) {
                answered = poll(other, agent, cursor(answered)).get(40, TimeUnit.SECONDS);
            }
            long latencyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - issuedAt);
            System.out.println("A notice issued on one instance reached a poll on the other in " + latencyMillis
                    + " ms (portal.notices.check-every is 500 ms)");
            assertThat(answered.body()).contains(noticeId);
            assertThat(latencyMillis)
                    .as("answered by the other instance's check, long before the poll's 30 s ran out")
                    .isLessThan(10_000);

            double before = metric(one, EVALUATIONS) + metric(other, EVALUATIONS);
            long started = System.nanoTime();
            Thread.sleep(15_000);
            double runs = metric(one, EVALUATIONS) + metric(other, EVALUATIONS) - before;
            long firings = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) / 3;
            assertThat(runs)
                    .as("evaluations over both instances in %d firings of the 3 s schedule", firings)
                    .isBetween(2.0, firings + 1.0);

            JsonNode export = JSON.readTree(
                    one.call("GET", "/api/v1/ledger/checkpoints", null).body());
            assertThat(export.get("publicKey").asText()).isEqualTo(Ed25519Keys.toBase64(portalKey.getPublic()));
            assertThat(JSON.readTree(other.call("GET", "/api/v1/ledger/checkpoints", null)
                                    .body())
                            .get("publicKey")
                            .asText())
                    .isEqualTo(export.get("publicKey").asText());
            JsonNode verified =
                    JSON.readTree(other.call("POST", "/api/v1/ledger/checkpoints/verification", export.toString())
                            .body());
            assertThat(verified.findValuesAsText("platformId")).contains("two-platform");
            assertThat(verified.findValues("valid")).allMatch(JsonNode::asBoolean);
        }
    }

    /** A 30 s long poll on its own thread: the common pool has one thread on two cores, which other work may hold. */
    static CompletableFuture<HttpResponse<String>> poll(PortalProcess portal, RequestSigner agent, long cursor) {
        return CompletableFuture.supplyAsync(
                () -> portal.signedGet(agent, "/api/v1/notices?after=" + cursor + "&waitSeconds=30"), POLLS);
    }

    static long cursor(HttpResponse<String> page) {
        try {
            return JSON.readTree(page.body()).get("cursor").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gauge or counter from the instance's Prometheus page, 0 while it has none. */
    static double metric(PortalProcess portal, Pattern pattern) {
        Matcher matcher =
                pattern.matcher(portal.call("GET", "/actuator/prometheus", null).body());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
