package org.prr.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import org.prr.model.MetricReport;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.model.signing.SignatureHeaders;

/** Talks to a running portal over real HTTP, as an agent (signed) or as staff (HTTP Basic). */
public final class PortalClient {

    public static final String ADMIN = "it-admin";
    public static final String ADMIN_PASSWORD = "it-admin-password";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public PortalClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** A response with its body parsed as JSON (null when empty). */
    public record Response(int status, String contentType, JsonNode json, HttpResponse<String> raw) {}

    /** A platform registered with one key, ready to sign. */
    public record TestPlatform(String platformId, String keyId, KeyPair keys) {
        public RequestSigner signer() {
            return new RequestSigner(keys.getPrivate(), platformId, keyId);
        }
    }

    /** A new staff user, created by the national ADMIN. */
    public void createStaff(String username, String password, String jurisdiction, String... roles) {
        check(
                asAdmin(
                        "POST",
                        "/api/v1/admin/staff",
                        """
                {"username":"%s","password":"%s","jurisdiction":"%s","roles":["%s"]}"""
                                .formatted(username, password, jurisdiction, String.join("\",\"", roles))),
                201);
    }

    /** A KEY platform of its own for the test: {@code prefix-} and eight characters no other test has. */
    public TestPlatform registerNewPlatform(String prefix, String jurisdiction) {
        return registerPlatform(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), jurisdiction);
    }

    /** A KEY platform, which owes daily COMPLAINTS and TAKEDOWNS like {@code ReportFixtures}' reports. */
    public TestPlatform registerPlatform(String platformId, String jurisdiction) {
        return registerPlatform(platformId, jurisdiction, "2020-01-01T00:00:00Z", null);
    }

    /** A platform with one key valid from {@code notBefore} to {@code notAfter} (null: no end). */
    public TestPlatform registerPlatform(String platformId, String jurisdiction, String notBefore, String notAfter) {
        Response created = asStaff(
                ADMIN,
                ADMIN_PASSWORD,
                "POST",
                "/api/v1/admin/platforms",
                """
                {"platformId":"%s","name":"Platform %s","jurisdiction":"%s","tier":"KEY"}"""
                        .formatted(platformId, platformId, jurisdiction));
        check(created, 201);
        KeyPair keys = Ed25519Keys.generate();
        String keyId = platformId + "-k1";
        check(
                asStaff(
                        ADMIN,
                        ADMIN_PASSWORD,
                        "POST",
                        "/api/v1/admin/platforms/" + platformId + "/keys",
                        """
                {"keyId":"%s","algorithm":"Ed25519","publicKey":"%s","notBefore":"%s","notAfter":%s}"""
                                .formatted(
                                        keyId,
                                        Ed25519Keys.toBase64(keys.getPublic()),
                                        notBefore,
                                        notAfter == null ? "null" : "\"" + notAfter + "\"")),
                201);
        return new TestPlatform(platformId, keyId, keys);
    }

    /** The document a ledger entry records: the portal answers it as a string, exactly as signed. */
    public static JsonNode payload(JsonNode entry) {
        try {
            return JSON.readTree(entry.get("payload").textValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response submit(TestPlatform platform, MetricReport report) {
        return submitSigned(platform.signer(), CanonicalJson.write(report));
    }

    public Response submitSigned(RequestSigner signer, byte[] body) {
        return send(
                signed(signer, "POST", "/api/v1/reports", body, Instant.now()).build());
    }

    /** A request builder carrying a valid signature; tests may override headers to break it. */
    public HttpRequest.Builder signed(RequestSigner signer, String method, String path, byte[] body, Instant at) {
        SignatureHeaders h = signer.sign(method, path, body, at);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(
                        method,
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        h.asMap().forEach(request::header);
        return request;
    }

    public Response asStaff(String user, String password, String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("Content-Type", "application/json");
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        return send(request.build());
    }

    public Response asAdmin(String method, String path) {
        return asStaff(ADMIN, ADMIN_PASSWORD, method, path, null);
    }

    public Response asAdmin(String method, String path, String jsonBody) {
        return asStaff(ADMIN, ADMIN_PASSWORD, method, path, jsonBody);
    }

    /**
     * A rectification order against the platform, due in seven days, recorded by the national ADMIN; its action id,
     * which is also its case's.
     */
    public String orderRectification(TestPlatform platform, String summary) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Response order = asAdmin(
                "POST",
                "/api/v1/admin/enforcement",
                """
                {"platformId":"%s","kind":"RECTIFICATION_ORDER","decidedOn":"%s","legalBasis":"《网络信息内容生态治理规定》",
                 "summary":"%s","requiredActions":"补齐审核人员，清理积压投诉。","deadline":"%s"}"""
                        .formatted(platform.platformId(), today, summary, today.plusDays(7)));
        if (order.status() != 201) {
            throw new IllegalStateException(
                    "the order was refused: " + order.raw().body());
        }
        return order.json().get("actionId").asText();
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? null : JSON.readTree(body);
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    json,
                    response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(Response response, int expected) {
        if (response.status() != expected) {
            throw new AssertionError("expected " + expected + " but got " + response.status() + ": "
                    + response.raw().body());
        }
    }
}
