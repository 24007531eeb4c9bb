package org.prr.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prr.model.RectificationReport;
import org.prr.model.ReportFixtures;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.SignatureHeaders;
import org.prr.portal.PortalClient.TestPlatform;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Thousands of generated hostile requests through the real HTTP stack, written byte by byte on a socket (an HTTP
 * client library would refuse to send most of them): odd paths and methods, broken and repeated headers, signed
 * bodies with bytes flipped, cut or appended. None may get a 5xx, every error must be problem+json, nothing may be
 * logged at ERROR, and the ledger must verify and hold exactly the documents the portal accepted.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.intake.requests-per-minute=1000000")
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsIT {

    static final int REQUESTS = 2400;
    static final long SEED = 20261125L;
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    /** One raw answer: status, headers (names lower-cased), body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {}

    /** One raw request. */
    record Hostile(String method, String target, Map<String, List<String>> headers, byte[] body, String what) {}

    @Test
    void noHostileRequestGetsA5xxOrAnErrorThatIsNotAProblemAndTheLedgerHoldsExactlyWhatWasAccepted(
            CapturedOutput output) throws Exception {
        System.out.println("HostileRequestsIT seed " + SEED);
        Random random = new Random(SEED);
        PortalClient portal = new PortalClient(port);
        TestPlatform platform = portal.registerNewPlatform("x", "CN-50");
        TestPlatform answering = portal.registerNewPlatform("xr", "CN-50");
        UUID caseId = UUID.fromString(portal.orderRectification(answering, "投诉处理逾期。"));
        Set<String> accepted = new HashSet<>();
        Set<String> acceptedRectifications = new HashSet<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();

        for (int i = 0; i < REQUESTS; i++) {
            Hostile request = generate(random, platform, answering, caseId);
            Answer answer = send(request);
            statuses.merge(answer.status() / 100 + "xx", 1, Integer::sum);

            assertThat(answer.status())
                    .as("%s (request %d, seed %d)", request.what(), i, SEED)
                    .isLessThan(500);
            if (answer.status() >= 400) {
                String seen = request.what() + " (request " + i + ") -> " + answer.status() + " "
                        + new String(answer.body(), StandardCharsets.UTF_8);
                assertThat(answer.headers().get("content-type")).as(seen).startsWith("application/problem+json");
                if (!request.method().equals("HEAD")) {
                    JsonNode problem = JSON.readTree(answer.body());
                    assertThat(problem.get("type").asText()).as(seen).startsWith("/problems/");
                    assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
                }
            }
            if (answer.status() == 201 && request.target().equals("/api/v1/reports")) {
                accepted.add(JSON.readTree(answer.body()).get("reportId").asText());
            }
            if (answer.status() == 201
                    && request.target().endsWith("/reports")
                    && request.target().contains("/rectifications/")) {
                acceptedRectifications.add(
                        JSON.readTree(answer.body()).get("reportId").asText());
            }
        }
        System.out.println("HostileRequestsIT answers by class: " + statuses + ", accepted " + accepted.size()
                + " reports and " + acceptedRectifications.size() + " rectification reports");
        assertThat(acceptedRectifications)
                .as("the valid rectification reports generated were taken")
                .isNotEmpty();
        List<String> reportedInLedger = new ArrayList<>();
        portal.asAdmin("GET", "/api/v1/platforms/" + answering.platformId() + "/ledger?limit=1000")
                .json()
                .forEach(entry -> {
                    if (entry.get("type").asText().equals("RECTIFICATION_REPORTED")) {
                        reportedInLedger.add(entry.get("reportId").asText());
                    }
                });
        assertThat(reportedInLedger).containsExactlyInAnyOrderElementsOf(acceptedRectifications);
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + answering.platformId() + "/ledger/verification")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();

        JsonNode ledger = portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger?limit=1000")
                .json();
        List<String> inLedger = new ArrayList<>();
        ledger.forEach(entry -> inLedger.add(entry.get("reportId").asText()));
        assertThat(inLedger).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(portal.asAdmin("GET", "/api/v1/platforms/" + platform.platformId() + "/ledger/verification")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    private static final String[] PATHS = {
        "/api/v1/reports",
        "/api/v1/incidents",
        "/api/v1/notices",
        "/api/v1/obligations",
        "/api/v1/platforms",
        "/api/v1/admin/platforms",
        "/api/v1/reports/" + UUID.randomUUID() + "/receipt",
        "/error",
        "/actuator/health",
        "/v3/api-docs",
        "/"
    };
    private static final String[] PATH_ODDITIES = {
        "//",
        "/./",
        "/../",
        ";x=1",
        "%2F",
        "%2f",
        "%00",
        "%",
        "%zz",
        "\\",
        "%5C",
        "%C0%AF",
        "?a=%00",
        "?fromSeq=-1",
        "?limit=99999999999",
        "#frag",
        "%E4%B8%AD",
        "/%20/"
    };
    private static final String[] METHODS = {
        "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "CONNECT"
    };
    private static final String[] CONTENT_TYPES = {
        "application/json",
        "application/json; charset=UTF-16",
        "text/plain",
        "application/xml",
        "multipart/form-data; boundary=x",
        "application/json;;;",
        ""
    };

    private Hostile generate(Random random, TestPlatform platform, TestPlatform answering, UUID caseId) {
        return switch (random.nextInt(5)) {
            case 0 -> oddPath(random);
            case 1 -> oddHeaders(random, platform);
            case 2 -> rectificationReport(random, answering, caseId);
            default -> signedBody(random, platform);
        };
    }

    /** A correctly signed rectification report on the platform's open case, often not a valid one. */
    private Hostile rectificationReport(Random random, TestPlatform platform, UUID caseId) {
        String hash = "ab".repeat(32);
        List<RectificationReport.Evidence> evidence = List.of(new RectificationReport.Evidence("排班表.xlsx", hash));
        String text = "已补齐审核人员，积压投诉清零。";
        UUID path = caseId;
        String what;
        switch (random.nextInt(8)) {
            case 0 -> {
                evidence = List.of(new RectificationReport.Evidence(
                        pick(random, "", " ", "a".repeat(201), "x"), pick(random, hash, "AB".repeat(32), "zz", "")));
                what = "evidence " + evidence;
            }
            case 1 -> {
                evidence = java.util.Collections.nCopies(51, evidence.get(0));
                what = "51 pieces of evidence";
            }
            case 2 -> {
                text = pick(random, "", " ", "字".repeat(20_001), "\u0000");
                what = "text of " + text.length() + " characters";
            }
            case 3 -> {
                path = UUID.randomUUID();
                what = "another case in the path";
            }
            case 4 -> {
                caseId = UUID.randomUUID();
                path = caseId;
                what = "a case that is not there";
            }
            default -> what = "a valid rectification report";
        }
        byte[] body = CanonicalJson.write(new RectificationReport(
                UUID.randomUUID(),
                caseId,
                platform.platformId(),
                "王芳 (内容安全部)",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS),
                text,
                evidence));
        if (random.nextInt(4) == 0) {
            body = Arrays.copyOf(body, random.nextInt(body.length));
            what += ", cut short";
        }
        String target = "/api/v1/rectifications/" + path + "/reports";
        return new Hostile("POST", target, signedHeaders(platform, "POST", target, body), body, what);
    }

    private Hostile oddPath(Random random) {
        String path = PATHS[random.nextInt(PATHS.length)];
        int cut = random.nextInt(path.length() + 1);
        String target =
                path.substring(0, cut) + PATH_ODDITIES[random.nextInt(PATH_ODDITIES.length)] + path.substring(cut);
        if (!target.startsWith("/")) {
            target = "/" + target;
        }
        String method = METHODS[random.nextInt(METHODS.length)];
        return new Hostile(
                method,
                target,
                headers("Content-Type", "application/json"),
                "{}".getBytes(StandardCharsets.UTF_8),
                method + " " + target);
    }

    private Hostile oddHeaders(Random random, TestPlatform platform) {
        byte[] body = CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId()));
        Map<String, List<String>> headers = signedHeaders(platform, "POST", "/api/v1/reports", body);
        String what;
        switch (random.nextInt(7)) {
            case 0 -> {
                String name = List.copyOf(headers.keySet()).get(random.nextInt(headers.size()));
                headers.get(name).add(headers.get(name).get(0));
                what = "repeated " + name;
            }
            case 1 -> {
                headers.put(
                        SignatureHeaders.TIMESTAMP,
                        List.of(pick(
                                random,
                                "99999999999999999999999",
                                "-1",
                                "1e9",
                                "",
                                " ",
                                "0x10",
                                "9223372036854775807",
                                "-9223372036854775808")));
                what = "timestamp " + headers.get(SignatureHeaders.TIMESTAMP);
            }
            case 2 -> {
                headers.put("X-Filler", List.of("a".repeat(8_000 + random.nextInt(20_000))));
                what = "headers over 8 KB";
            }
            case 3 -> {
                headers.put(SignatureHeaders.KEY_ID, List.of("k" + (char) random.nextInt(32) + "1"));
                what = "control character in a header";
            }
            case 4 -> {
                headers.put("Content-Type", List.of(pick(random, CONTENT_TYPES)));
                what = "content type " + headers.get("Content-Type");
            }
            case 5 -> {
                headers.put(SignatureHeaders.SIGNATURE, List.of(pick(random, "", "!!!", "AAAA", "a".repeat(5000))));
                what = "bad signature value";
            }
            default -> {
                headers.remove(pick(
                        random,
                        SignatureHeaders.PLATFORM_ID,
                        SignatureHeaders.KEY_ID,
                        SignatureHeaders.TIMESTAMP,
                        SignatureHeaders.CONTENT_DIGEST,
                        SignatureHeaders.SIGNATURE));
                what = "a signed header missing";
            }
        }
        return new Hostile("POST", "/api/v1/reports", headers, body, what);
    }

    /** A correctly signed body that is not a valid document: the parser and the rules must refuse it, not fail. */
    private Hostile signedBody(Random random, TestPlatform platform) {
        byte[] body = CanonicalJson.write(ReportFixtures.complaintsReport(platform.platformId()));
        String what;
        switch (random.nextInt(9)) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    body[random.nextInt(body.length)] = (byte) random.nextInt(256);
                }
                what = "bytes flipped";
            }
            case 1 -> {
                body = Arrays.copyOf(body, random.nextInt(body.length));
                what = "cut short";
            }
            case 2 -> {
                byte[] tail = pick(random, ",{}", "\u0000", " x", "]", "{\"seq\":1}", "\uFEFF")
                        .getBytes(StandardCharsets.UTF_8);
                byte[] longer = Arrays.copyOf(body, body.length + tail.length);
                System.arraycopy(tail, 0, longer, body.length, tail.length);
                body = longer;
                what = "text after the document";
            }
            case 3 -> {
                String json = new String(body, StandardCharsets.UTF_8);
                String value = pick(
                        random,
                        "1e1000000000",
                        "1E+309",
                        "-1",
                        "10.5",
                        "\"10\"",
                        "null",
                        "true",
                        "[]",
                        "{}",
                        "\"\\u0000\"",
                        "99999999999999999999999999",
                        "NaN");
                body = json.replaceFirst("\"received\":\\d+", "\"received\":" + value)
                        .getBytes(StandardCharsets.UTF_8);
                what = "received " + value;
            }
            case 4 -> {
                String json = new String(body, StandardCharsets.UTF_8);
                String value = pick(
                        random,
                        "1764003605",
                        "\"1026-01-01T00:00:00Z\"",
                        "\"2026-13-01T00:00:00+08:00\"",
                        "[2026,11,24]",
                        "null");
                body = json.replaceFirst("\"generatedAt\":\"[^\"]+\"", "\"generatedAt\":" + value)
                        .getBytes(StandardCharsets.UTF_8);
                what = "generatedAt " + value;
            }
            case 5 -> {
                body = pick(random, "null", "[]", "\"x\"", "0", "", "{", "{\"schemaVersion\":\"1\"}")
                        .getBytes(StandardCharsets.UTF_8);
                what = "another document";
            }
            case 6 -> {
                String json = new String(body, StandardCharsets.UTF_8);
                body = json.replaceFirst(
                                "\"cadence\":\"DAY\"",
                                "\"cadence\":\"" + pick(random, "WEEK", "MONTH", "YEAR", "HOUR", "") + "\"")
                        .getBytes(StandardCharsets.UTF_8);
                what = "cadence changed";
            }
            case 7 -> {
                body = new String(body, StandardCharsets.UTF_8)
                        .getBytes(java.nio.charset.Charset.forName(pick(random, "UTF-16BE", "UTF-16LE", "UTF-32BE")));
                what = "another encoding";
            }
            default -> what = "a valid report";
        }
        return new Hostile(
                "POST", "/api/v1/reports", signedHeaders(platform, "POST", "/api/v1/reports", body), body, what);
    }

    private static Map<String, List<String>> signedHeaders(
            TestPlatform platform, String method, String path, byte[] body) {
        Map<String, List<String>> headers = headers("Content-Type", "application/json");
        platform.signer()
                .sign(method, path, body, Instant.now())
                .asMap()
                .forEach((name, value) -> headers.put(name, new ArrayList<>(List.of(value))));
        return headers;
    }

    private static Map<String, List<String>> headers(String name, String value) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(name, new ArrayList<>(List.of(value)));
        return headers;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Writes the request as it is, with Connection: close, and reads the whole answer. */
    private Answer send(Hostile request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            raw.write((request.method() + " " + request.target() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Connection: close\r\nContent-Length: " + request.body().length + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
                for (String value : header.getValue()) {
                    raw.write((header.getKey() + ": " + value + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            raw.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            raw.write(request.body());
            OutputStream out = socket.getOutputStream();
            out.write(raw.toByteArray());
            out.flush();
            return parse(socket.getInputStream().readAllBytes(), request);
        }
    }

    private static Answer parse(byte[] response, Hostile request) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("a complete answer to %s: %s", request.what(), text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            int size = Integer.parseInt(
                    new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                            .trim()
                            .split(";")[0],
                    16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("no chunk line end");
    }
}
