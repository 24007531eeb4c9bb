package org.prr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;

/**
 * Notice latency, from the issuing call's answer (the notice is committed) to each waiting agent's receipt, with many
 * agents long-polling one portal, against one agent waiting alone in the same run; and what the waits cost: the
 * portal's live threads and the database's queries per second while they wait, against no one waiting.
 *
 * <p>The agents' platforms and keys are written straight into the portal's database (registering thousands over the
 * admin API would spend the run on BCrypt); everything measured goes through the portal's HTTP API.
 *
 * <p>Arguments: portal URL, admin user, admin password, JDBC URL of the portal's database, agents, notices.
 */
public final class NoticeLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    /**
     * The agents' long polls: Apache HttpClient 5, the library of the agent's own transport, in its asynchronous form
     * (one connection per agent on two I/O threads). The JDK's client took about a second to read 2,000 answers that
     * the portal had written within 300 ms, which made the benchmark measure the load generator.
     */
    private static final CloseableHttpAsyncClient POLLS = HttpAsyncClients.custom()
            .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(2).build())
            .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(10_000)
                    .setMaxConnPerRoute(10_000)
                    .build())
            .setDefaultRequestConfig(RequestConfig.custom()
                    .setResponseTimeout(Timeout.ofSeconds(90))
                    .build())
            .build();

    static {
        POLLS.start();
    }

    record Agent(String platformId, RequestSigner signer) {}

    public static void main(String[] args) throws Exception {
        String portal = args[0];
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        String jdbcUrl = args[3];
        int agents = Integer.parseInt(args[4]);
        int notices = Integer.parseInt(args[5]);

        List<Agent> crowd = insertPlatforms(jdbcUrl, agents);
        Agent alone = crowd.get(0);

        double idleQueries = queriesPerSecond(jdbcUrl);
        int idleThreads = liveThreads(portal, basic);

        List<Double> aloneLatencies = new ArrayList<>();
        for (int i = 0; i < notices; i++) {
            aloneLatencies.addAll(round(portal, basic, List.of(alone), "PLATFORM", alone.platformId()));
        }

        List<Double> crowdLatencies = new ArrayList<>();
        double waitingQueries = 0;
        int waitingThreads = 0;
        // Round 0 warms the portal's code paths for 2,000 answers at once (the JIT) and is not counted.
        for (int i = 0; i <= notices; i++) {
            List<CompletableFuture<Instant>> polls = startPolls(portal, crowd);
            awaitWaiting(portal, basic, agents);
            if (i == 1) {
                waitingQueries = queriesPerSecond(jdbcUrl);
                waitingThreads = liveThreads(portal, basic);
            }
            List<Double> round = issueAndCollect(portal, basic, "ALL", null, polls);
            System.out.printf(
                    "round %d%s: p50 %6.0f ms  p99 %6.0f ms%n",
                    i, i == 0 ? " (warm-up)" : "", percentile(round, 50), percentile(round, 99));
            if (i > 0) {
                crowdLatencies.addAll(round);
            }
        }

        System.out.printf("agents waiting: %d, notices: %d%n", agents, notices);
        System.out.printf(
                "latency, 1 agent alone    : p50 %6.0f ms  p99 %6.0f ms  max %6.0f ms%n",
                percentile(aloneLatencies, 50), percentile(aloneLatencies, 99), percentile(aloneLatencies, 100));
        System.out.printf(
                "latency, %d agents waiting: p50 %6.0f ms  p99 %6.0f ms  max %6.0f ms%n",
                agents,
                percentile(crowdLatencies, 50),
                percentile(crowdLatencies, 99),
                percentile(crowdLatencies, 100));
        System.out.printf(
                "portal live threads       : %d with no one waiting, %d with %d waiting%n",
                idleThreads, waitingThreads, agents);
        System.out.printf(
                "database queries/s        : %.1f with no one waiting, %.1f with %d waiting%n",
                idleQueries, waitingQueries, agents);
        POLLS.close(CloseMode.IMMEDIATE);
    }

    /** One notice to the agents, each waiting in its poll; the latency of each receipt in ms. */
    private static List<Double> round(String portal, String basic, List<Agent> agents, String audience, String id)
            throws Exception {
        List<CompletableFuture<Instant>> polls = startPolls(portal, agents);
        awaitWaiting(portal, basic, agents.size());
        return issueAndCollect(portal, basic, audience, id, polls);
    }

    private static List<Double> issueAndCollect(
            String portal, String basic, String audience, String platformId, List<CompletableFuture<Instant>> polls)
            throws Exception {
        String body = platformId == null
                ? "{\"audience\":\"%s\",\"severity\":\"INFO\",\"title\":\"bench\",\"body\":\"b\",\"actionRequired\":false}"
                        .formatted(audience)
                : ("{\"audience\":\"%s\",\"platformId\":\"%s\",\"severity\":\"INFO\",\"title\":\"bench\","
                                + "\"body\":\"b\",\"actionRequired\":false}")
                        .formatted(audience, platformId);
        HttpResponse<String> issued = HTTP.send(
                HttpRequest.newBuilder(URI.create(portal + "/api/v1/admin/notices"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Instant committed = Instant.now();
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("issuing answered " + issued.statusCode() + ": " + issued.body());
        }
        List<Double> latencies = new ArrayList<>();
        for (CompletableFuture<Instant> poll : polls) {
            latencies.add(Math.max(0, Duration.between(committed, poll.get()).toNanos() / 1e6));
        }
        return latencies;
    }

    /** Each agent long-polls from the newest cursor; each future completes when its answer holds a notice. */
    private static List<CompletableFuture<Instant>> startPolls(String portal, List<Agent> agents) throws Exception {
        List<CompletableFuture<String>> now = new ArrayList<>();
        for (Agent agent : agents) {
            now.add(poll(portal, agent, 0, 0));
        }
        List<CompletableFuture<Instant>> polls = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            Agent agent = agents.get(i);
            long cursor = JSON.readTree(now.get(i).join()).get("cursor").asLong();
            polls.add(poll(portal, agent, cursor, 30).thenApply(answer -> {
                Instant received = Instant.now();
                try {
                    if (JSON.readTree(answer).get("notices").isEmpty()) {
                        throw new IllegalStateException(agent.platformId() + "'s poll ended without the notice");
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return received;
            }));
        }
        return polls;
    }

    private static CompletableFuture<String> poll(String portal, Agent agent, long after, int waitSeconds) {
        String path = "/api/v1/notices?after=" + after + "&waitSeconds=" + waitSeconds;
        SimpleRequestBuilder request = SimpleRequestBuilder.get(portal + path);
        agent.signer().sign("GET", path, new byte[0], Instant.now()).asMap().forEach(request::addHeader);
        CompletableFuture<String> answer = new CompletableFuture<>();
        POLLS.execute(request.build(), new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                if (response.getCode() == 200) {
                    answer.complete(response.getBodyText());
                } else {
                    answer.completeExceptionally(new IllegalStateException(agent.platformId() + " poll answered "
                            + response.getCode() + ": " + response.getBodyText()));
                }
            }

            @Override
            public void failed(Exception e) {
                answer.completeExceptionally(e);
            }

            @Override
            public void cancelled() {
                answer.cancel(false);
            }
        });
        return answer;
    }

    private static void awaitWaiting(String portal, String basic, int agents) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (metric(portal, basic, "portal.notices.waiting") < agents) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the agents did not all start waiting");
            }
            Thread.sleep(250);
        }
    }

    private static int liveThreads(String portal, String basic) throws Exception {
        return (int) metric(portal, basic, "jvm.threads.live");
    }

    private static double metric(String portal, String basic, String name) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(portal + "/actuator/metrics/" + name))
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        return json.get("measurements").get(0).get("value").asDouble();
    }

    /** The server's statements per second over ten seconds, less the two this measurement makes. */
    private static double queriesPerSecond(String jdbcUrl) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            long before = questions(db);
            Thread.sleep(10_000);
            long after = questions(db);
            return (after - before - 1) / 10.0;
        }
    }

    private static long questions(Connection db) throws Exception {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            row.next();
            return row.getLong(2);
        }
    }

    private static List<Agent> insertPlatforms(String jdbcUrl, int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        List<Agent> agents = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement platform = db.prepareStatement("INSERT INTO platform (platform_id, name, "
                            + "jurisdiction, tier, registered_at) VALUES (?, ?, 'CN-99', 'KEY', ?)");
                    PreparedStatement key = db.prepareStatement("INSERT INTO platform_key (platform_id, key_id, "
                            + "algorithm, public_key, not_before, created_at) VALUES (?, 'k1', 'Ed25519', ?, ?, ?)");
                    PreparedStatement head = db.prepareStatement("INSERT INTO ledger_head (platform_id, last_seq, "
                            + "last_hash) VALUES (?, 0, '" + "0".repeat(64) + "')")) {
                for (int i = 0; i < count; i++) {
                    String id = "nb-" + run + "-" + i;
                    KeyPair keys = Ed25519Keys.generate();
                    platform.setString(1, id);
                    platform.setString(2, "Notice bench " + i);
                    platform.setTimestamp(3, now);
                    platform.addBatch();
                    key.setString(1, id);
                    key.setString(2, Ed25519Keys.toBase64(keys.getPublic()));
                    key.setTimestamp(3, now);
                    key.setTimestamp(4, now);
                    key.addBatch();
                    head.setString(1, id);
                    head.addBatch();
                    agents.add(new Agent(id, new RequestSigner(keys.getPrivate(), id, "k1")));
                }
                platform.executeBatch();
                key.executeBatch();
                head.executeBatch();
            }
            db.commit();
        }
        return agents;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
