package org.prr.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prr.agent.outbox.DeliveryStatus;
import org.prr.agent.outbox.Outbox;
import org.prr.model.signing.Ed25519Keys;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo agent against the real portal, started from its packaged jar as a separate process: staff register the
 * platform and its key over HTTP, then the agent's first scheduled report must land in the ledger and verify.
 */
@SpringBootTest(properties = {
        "agent.platform-id=e2e-platform",
        "agent.signing.key-id=e2e-key-1",
        "agent.signing.generate-if-missing=false",
        "agent.delivery.poll-interval=500ms"})
@ActiveProfiles("demo")
@ContextConfiguration(initializers = FreshMariaDbDatabase.class)
class AgentToPortalIT {

    private static final String ADMIN = "e2e-admin";
    private static final String ADMIN_PASSWORD = "e2e-admin-password-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Process portal;
    static Path workDir;
    static int portalPort;

    @Autowired
    Outbox outbox;

    @BeforeAll
    static void startPortalAndRegisterThePlatform() throws Exception {
        Path jar = Path.of(System.getProperty("portal.jar", "../regulator-portal/target/missing.jar"));
        assertThat(jar).as("the portal's packaged jar; build it first: ./mvnw -pl regulator-portal package")
                .isRegularFile();
        workDir = Files.createTempDirectory("portal-e2e");
        portalPort = freePort();
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("portal.log").toFile());
        process.environment().put("SERVER_PORT", Integer.toString(portalPort));
        process.environment().put("PORTAL_BOOTSTRAP_ADMIN_USER", ADMIN);
        process.environment().put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        portal = process.start();
        await("portal health").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(ConnectException.class).until(() -> {
            assertThat(portal.isAlive()).as("portal process; see " + workDir.resolve("portal.log")).isTrue();
            return call("GET", "/actuator/health", null).statusCode() == 200;
        });

        KeyPair keys = Ed25519Keys.generate();
        Files.writeString(workDir.resolve("agent.pem"), Ed25519Keys.toPem(keys.getPrivate()));
        assertThat(call("POST", "/api/v1/admin/platforms", """
                {"platformId":"e2e-platform","name":"E2E video","jurisdiction":"CN-50","tier":"KEY"}""")
                .statusCode()).isEqualTo(201);
        assertThat(call("POST", "/api/v1/admin/platforms/e2e-platform/keys", """
                {"keyId":"e2e-key-1","algorithm":"Ed25519","publicKey":"%s","notBefore":"2020-01-01T00:00:00Z"}"""
                .formatted(Ed25519Keys.toBase64(keys.getPublic()))).statusCode()).isEqualTo(201);
    }

    @DynamicPropertySource
    static void portalAndKey(DynamicPropertyRegistry registry) {
        registry.add("agent.portal.url", () -> "http://127.0.0.1:" + portalPort);
        registry.add("agent.signing.private-key-file", () -> workDir.resolve("agent.pem").toString());
    }

    @AfterAll
    static void stopPortal() throws InterruptedException {
        if (portal != null) {
            portal.destroy();
            if (!portal.waitFor(20, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
    }

    @Test
    void theFirstScheduledReportLandsInTheLedgerAndTheChainVerifies() throws Exception {
        LocalDate yesterdayInChongqing = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

        JsonNode ledger = await("an entry in the e2e platform's ledger").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> JSON.readTree(call("GET", "/api/v1/platforms/e2e-platform/ledger", null).body()),
                        entries -> entries.isArray() && entries.size() > 0);

        assertThat(ledger).hasSize(1);
        JsonNode entry = ledger.get(0);
        assertThat(entry.get("type").asText()).isEqualTo("REPORT_ACCEPTED");
        assertThat(entry.get("payload").get("family").asText()).isEqualTo("COMPLAINTS");
        assertThat(entry.get("payload").get("platformId").asText()).isEqualTo("e2e-platform");
        assertThat(entry.get("payload").get("period").get("start").asText())
                .isEqualTo(yesterdayInChongqing.toString());
        assertThat(entry.get("payload").get("complaints").get("received").asLong()).isGreaterThan(1000);

        JsonNode verification = JSON.readTree(
                call("GET", "/api/v1/platforms/e2e-platform/ledger/verification", null).body());
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("headHash").asText()).isEqualTo(entry.get("entryHash").asText());

        UUID reportId = UUID.fromString(entry.get("reportId").asText());
        Outbox.Delivery delivery = await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.delivery(reportId).orElseThrow(),
                        d -> d.status() == DeliveryStatus.DELIVERED);
        assertThat(delivery.ledgerSeq()).isEqualTo(1);
        assertThat(delivery.receipt()).contains(entry.get("entryHash").asText());
    }

    private static HttpResponse<String> call(String method, String path, String json)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder()
                .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portalPort + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
