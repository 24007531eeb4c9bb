package org.prr.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.prr.model.Category;
import org.prr.model.ComplaintChannel;
import org.prr.model.ComplaintOutcome;
import org.prr.model.ComplaintsSection;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.model.signing.SignatureHeaders;

/**
 * Signed reports per second through a running portal's full intake path (verify, validate, append), against a
 * plain JDBC insert of the same rows, one per transaction, with the same number of threads, in the same database.
 * Setup calls use the JDK's client; the measured posts use Apache HttpClient 5 like the agent.
 *
 * <p>Arguments: portal URL, admin user, admin password, JDBC URL of the portal's database, platforms, reports per
 * platform, threads.
 */
public final class IntakeBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final CloseableHttpClient AGENT_LIKE_CLIENT = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(64)
                    .setMaxConnPerRoute(64)
                    .build())
            .build();

    record Platform(String id, RequestSigner signer) {}

    record Submission(Platform platform, byte[] body) {}

    public static void main(String[] args) throws Exception {
        String portal = args[0];
        String admin = args[1];
        String adminPassword = args[2];
        String jdbcUrl = args[3];
        int platforms = Integer.parseInt(args[4]);
        int perPlatform = Integer.parseInt(args[5]);
        int threads = Integer.parseInt(args[6]);

        String runId = UUID.randomUUID().toString().substring(0, 6);
        List<Platform> registered = new ArrayList<>();
        for (int p = 0; p < platforms; p++) {
            registered.add(register(portal, admin, adminPassword, "bench-" + runId + "-" + p));
        }
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < perPlatform; i++) {
            for (Platform platform : registered) {
                submissions.add(new Submission(platform, CanonicalJson.write(report(platform.id(), i))));
            }
        }
        // Warm-up: the first 20 % through the portal are not counted (JIT compilation shares the two cores).
        int warmup = submissions.size() / 5;
        run(threads, submissions.subList(0, warmup), s -> post(portal, s));
        List<Submission> measured = submissions.subList(warmup, submissions.size());

        long start = System.nanoTime();
        int failures = run(threads, measured, s -> post(portal, s));
        double portalSeconds = (System.nanoTime() - start) / 1e9;

        double plainSeconds = plainInserts(jdbcUrl, threads, measured);

        System.out.printf(
                "reports: %d over %d platforms, %d threads, %d failed%n",
                measured.size(), platforms, threads, failures);
        System.out.printf(
                "portal full path : %8.1f reports/s (%.2f s)%n", measured.size() / portalSeconds, portalSeconds);
        System.out.printf(
                "plain JDBC insert: %8.1f rows/s    (%.2f s)%n", measured.size() / plainSeconds, plainSeconds);
        System.out.printf("portal / plain time: %.2fx%n", portalSeconds / plainSeconds);
        if (failures > 0) {
            System.exit(1);
        }
    }

    interface Task {
        boolean run(Submission submission) throws Exception;
    }

    private static int run(int threads, List<Submission> submissions, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger failures = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Submission submission : submissions) {
                done.add(pool.submit(() -> {
                    if (!task.run(submission)) {
                        failures.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return failures.get();
    }

    /** Posts as the agent does: Apache HttpClient 5, pooled keep-alive connections. */
    private static boolean post(String portal, Submission s) throws Exception {
        SignatureHeaders h = s.platform().signer().sign("POST", "/api/v1/reports", s.body(), Instant.now());
        HttpPost request = new HttpPost(portal + "/api/v1/reports");
        h.asMap().forEach(request::setHeader);
        request.setEntity(new ByteArrayEntity(s.body(), ContentType.APPLICATION_JSON));
        return AGENT_LIKE_CLIENT.execute(request, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode() == 201;
        });
    }

    /** The same rows into a table shaped like ledger_entry, one INSERT per transaction, same threads. */
    private static double plainInserts(String jdbcUrl, int threads, List<Submission> submissions) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_plain_entry LIKE ledger_entry");
        }
        AtomicInteger seq = new AtomicInteger();
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(jdbcUrl, "root", "");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        run(threads, submissions, s -> {
            Connection c = connections.get();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_plain_entry (platform_id, seq, "
                    + "entry_type, recorded_at, payload, payload_hash, prev_hash, entry_hash, report_id) "
                    + "VALUES (?, ?, 'REPORT_ACCEPTED', ?, ?, ?, ?, ?, ?)")) {
                String hash = sha256(s.body());
                insert.setString(1, s.platform().id());
                insert.setLong(2, seq.incrementAndGet());
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.setString(4, new String(s.body(), StandardCharsets.UTF_8));
                insert.setString(5, hash);
                insert.setString(6, hash);
                insert.setString(7, hash);
                insert.setString(8, UUID.randomUUID().toString());
                return insert.executeUpdate() == 1;
            }
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private static Platform register(String portal, String admin, String password, String id) throws Exception {
        KeyPair keys = Ed25519Keys.generate();
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8));
        send(
                portal + "/api/v1/admin/platforms",
                basic,
                """
                {"platformId":"%s","name":"Bench %s","jurisdiction":"CN-50","tier":"KEY"}"""
                        .formatted(id, id));
        send(
                portal + "/api/v1/admin/platforms/" + id + "/keys",
                basic,
                """
                {"keyId":"%s-k","algorithm":"Ed25519","publicKey":"%s","notBefore":"2020-01-01T00:00:00Z"}"""
                        .formatted(id, Ed25519Keys.toBase64(keys.getPublic())));
        return new Platform(id, new RequestSigner(keys.getPrivate(), id, id + "-k"));
    }

    private static void send(String url, String basic, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static MetricReport report(String platformId, int day) {
        ComplaintsSection section = new ComplaintsSection(
                120L,
                Map.of(ComplaintChannel.WEB_FORM, 50L, ComplaintChannel.IN_APP, 70L),
                Map.of(Category.RUMOURS_FALSE_INFORMATION, 20L, Category.OTHER, 100L),
                110L,
                100L,
                Map.of(ComplaintOutcome.CONTENT_REMOVED, 60L, ComplaintOutcome.NO_VIOLATION, 50L),
                105L,
                15L,
                new BigDecimal("3.50"),
                new BigDecimal("20.00"),
                2L,
                0L);
        return MetricReport.create(
                UUID.randomUUID(),
                platformId,
                Period.day(LocalDate.of(2026, 11, 23).minusDays(day)),
                OffsetDateTime.of(2026, 11, 24, 1, 0, 5, 0, ZoneOffset.ofHours(8)),
                "bench",
                section);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
