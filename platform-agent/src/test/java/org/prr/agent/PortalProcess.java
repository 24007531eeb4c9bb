package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.testing.FreshMariaDbDatabase;

/**
 * The real regulator portal, started from its packaged jar as a separate process in a temporary directory (on
 * embedded H2 there unless the environment given says otherwise), with a bootstrap ADMIN whose HTTP calls the tests
 * make.
 */
final class PortalProcess implements AutoCloseable {

    private static final String ADMIN = "e2e-admin";
    private static final String ADMIN_PASSWORD = "e2e-admin-password-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path workDir;
    private final int port;
    private final Map<String, String> environment;
    private Process process;
    private int starts;

    private PortalProcess(Path workDir, int port, Map<String, String> environment) {
        this.workDir = workDir;
        this.port = port;
        this.environment = environment;
    }

    static PortalProcess start() throws IOException {
        return start(Map.of());
    }

    /** @param environment variables for the portal, over the defaults below (e.g. a database, a key file) */
    static PortalProcess start(Map<String, String> environment) throws IOException {
        PortalProcess portal = new PortalProcess(Files.createTempDirectory("portal-e2e"), freePort(), environment);
        portal.launch();
        return portal;
    }

    /** The environment that puts a portal on the MariaDB database {@code database} (see FreshMariaDbDatabase). */
    static Map<String, String> onMariaDb(String database) {
        return Map.of(
                "SPRING_PROFILES_ACTIVE", "mysql",
                "SPRING_DATASOURCE_URL", FreshMariaDbDatabase.url(database),
                "SPRING_DATASOURCE_USERNAME", FreshMariaDbDatabase.user(),
                "SPRING_DATASOURCE_PASSWORD", FreshMariaDbDatabase.password());
    }

    /** Starts the portal again on the same port and database after {@link #kill()}. */
    void restart() throws IOException {
        assertThat(process.isAlive()).as("the portal is still running").isFalse();
        launch();
    }

    /** SIGKILL: no shutdown hooks, no graceful close of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    private void launch() throws IOException {
        Path jar = Path.of(System.getProperty("portal.jar", "../regulator-portal/target/missing.jar"));
        assertThat(jar)
                .as("the portal's packaged jar; build it first: ./mvnw -pl regulator-portal package")
                .isRegularFile();
        starts++;
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toAbsolutePath().toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("PORTAL_BOOTSTRAP_ADMIN_USER", ADMIN);
        builder.environment().put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The delivery tests count the chain's entries; flags the evaluation writes there would interleave.
        builder.environment().put("PORTAL_GAPS_EVALUATE_AFTER_INGEST", "false");
        builder.environment().putAll(environment);
        process = builder.start();
        await("portal health")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .until(() -> {
                    assertThat(process.isAlive())
                            .as("portal process; see " + log())
                            .isTrue();
                    return call("GET", "/actuator/health", null).statusCode() == 200;
                });
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** This start's log: portal.log, then portal-2.log after the first restart, and so on. */
    Path log() {
        return workDir.resolve(starts <= 1 ? "portal.log" : "portal-" + starts + ".log");
    }

    /** Registers a KEY-tier platform in CN-50 with one key valid from 2020. */
    void register(String platformId, String keyId, PublicKey key) {
        register(platformId, keyId, key, "KEY");
    }

    /** Registers a platform of the tier (KEY or STANDARD) in CN-50 with one key valid from 2020. */
    void register(String platformId, String keyId, PublicKey key, String tier) {
        assertThat(call(
                                "POST",
                                "/api/v1/admin/platforms",
                                """
                {"platformId":"%s","name":"E2E %s","jurisdiction":"CN-50","tier":"%s"}"""
                                        .formatted(platformId, platformId, tier))
                        .statusCode())
                .isEqualTo(201);
        assertThat(call(
                                "POST",
                                "/api/v1/admin/platforms/" + platformId + "/keys",
                                """
                {"keyId":"%s","algorithm":"Ed25519","publicKey":"%s","notBefore":"2020-01-01T00:00:00Z"}"""
                                        .formatted(keyId, Ed25519Keys.toBase64(key)))
                        .statusCode())
                .isEqualTo(201);
    }

    JsonNode ledger(String platformId) {
        return get("/api/v1/platforms/" + platformId + "/ledger");
    }

    /** The document a ledger entry records: the portal answers it as a string, exactly as signed. */
    static JsonNode payload(JsonNode entry) {
        try {
            return JSON.readTree(entry.get("payload").textValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode verification(String platformId) {
        return get("/api/v1/platforms/" + platformId + "/ledger/verification");
    }

    /** A GET as the bootstrap ADMIN, its body read as JSON. */
    JsonNode get(String path) {
        return json(call("GET", path, null));
    }

    HttpResponse<String> call(String method, String path, String json) {
        String basic =
                Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A GET signed as the platform's agent signs it. */
    HttpResponse<String> signedGet(RequestSigner signer, String pathWithQuery) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url() + pathWithQuery)).timeout(Duration.ofSeconds(60));
        signer.sign("GET", pathWithQuery, new byte[0], Instant.now()).asMap().forEach(request::header);
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
