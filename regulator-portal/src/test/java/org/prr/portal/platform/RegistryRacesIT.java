package org.prr.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prr.model.ReportFixtures;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.Ed25519Keys;
import org.prr.model.signing.RequestSigner;
import org.prr.portal.PortalClient;
import org.prr.portal.PortalClient.Response;
import org.prr.portal.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Creations that race: the same platform, key, staff user or obligation override created by several requests at
 * once. One wins with 201/200, the others get 409, never 500. Key ids are per platform.
 */
@PortalIntegrationTest
class RegistryRacesIT {

    static final int RACERS = 6;

    @LocalServerPort
    int port;

    PortalClient portal;
    String suffix;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs the call from {@link #RACERS} threads released together. */
    private List<Integer> race(Supplier<Response> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(RACERS);
        List<CompletableFuture<Response>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.get();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Response> racer : racers) {
            Response response = racer.get();
            if (response.status() >= 400) {
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
            statuses.add(response.status());
        }
        return statuses;
    }

    @Test
    void theSamePlatformRegisteredAtOnceIsRegisteredOnceAndTheOthersGet409() throws Exception {
        List<Integer> statuses = race(() -> portal.asAdmin(
                "POST",
                "/api/v1/admin/platforms",
                """
                {"platformId":"race-%s","name":"Race","jurisdiction":"CN-50","tier":"KEY"}"""
                        .formatted(suffix)));

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
    }

    @Test
    void theSameKeyAndTheSameStaffUserAndTheSameOverrideCreatedAtOnceGetOne201AndOtherwise409() throws Exception {
        PortalClient.TestPlatform platform = portal.registerPlatform("race-k-" + suffix, "CN-50");
        String key = Ed25519Keys.toBase64(Ed25519Keys.generate().getPublic());

        List<Integer> keys = race(() -> portal.asAdmin(
                "POST",
                "/api/v1/admin/platforms/" + platform.platformId() + "/keys",
                """
                {"keyId":"k2","algorithm":"Ed25519","publicKey":"%s","notBefore":"2020-01-01T00:00:00Z"}"""
                        .formatted(key)));
        List<Integer> staff = race(() -> portal.asAdmin(
                "POST",
                "/api/v1/admin/staff",
                """
                {"username":"race-%s","password":"race-password-long","jurisdiction":"CN-50","roles":["VIEWER"]}"""
                        .formatted(suffix)));
        List<Integer> overrides = race(() -> portal.asAdmin(
                "PUT",
                "/api/v1/admin/platforms/" + platform.platformId() + "/obligations/COMPLAINTS",
                """
                {"cadence":"DAY","graceHours":12}"""));

        assertThat(keys).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(staff).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(overrides).isSubsetOf(200, 409).contains(200);
    }

    @Test
    void twoPlatformsMayEachHaveAKeyCalledK1AndNeitherSignsForTheOther() {
        KeyPair first = Ed25519Keys.generate();
        KeyPair second = Ed25519Keys.generate();
        List<String> platforms = List.of("k1-a-" + suffix, "k1-b-" + suffix);
        List<KeyPair> pairs = List.of(first, second);
        for (int i = 0; i < 2; i++) {
            assertThat(portal.asAdmin(
                                    "POST",
                                    "/api/v1/admin/platforms",
                                    """
                    {"platformId":"%s","name":"K1","jurisdiction":"CN-50","tier":"KEY"}"""
                                            .formatted(platforms.get(i)))
                            .status())
                    .isEqualTo(201);
            assertThat(portal.asAdmin(
                                    "POST",
                                    "/api/v1/admin/platforms/" + platforms.get(i) + "/keys",
                                    """
                    {"keyId":"k1","algorithm":"Ed25519","publicKey":"%s","notBefore":"2020-01-01T00:00:00Z"}"""
                                            .formatted(Ed25519Keys.toBase64(
                                                    pairs.get(i).getPublic())))
                            .status())
                    .isEqualTo(201);
        }

        for (int i = 0; i < 2; i++) {
            RequestSigner signer = new RequestSigner(pairs.get(i).getPrivate(), platforms.get(i), "k1");
            assertThat(portal.submitSigned(
                                    signer, CanonicalJson.write(ReportFixtures.complaintsReport(platforms.get(i))))
                            .status())
                    .isEqualTo(201);
        }
        RequestSigner impostor = new RequestSigner(first.getPrivate(), platforms.get(1), "k1");
        assertThat(portal.submitSigned(impostor, CanonicalJson.write(ReportFixtures.complaintsReport(platforms.get(1))))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void wrongPasswordsAtOnceAllCountAndLockTheAccount() throws Exception {
        String user = "lock-" + suffix;
        portal.createStaff(user, "right-password-long", "CN-50", "VIEWER");

        List<Integer> wrong = new ArrayList<>();
        for (int round = 0; round < 5; round += RACERS) {
            wrong.addAll(race(() -> portal.asStaff(user, "wrong-password-long", "GET", "/api/v1/platforms", null)));
        }

        assertThat(wrong).containsOnly(401);
        assertThat(portal.asStaff(user, "right-password-long", "GET", "/api/v1/platforms", null)
                        .status())
                .as("locked after 5 wrong passwords, counted even when they arrive together")
                .isEqualTo(401);
    }
}
