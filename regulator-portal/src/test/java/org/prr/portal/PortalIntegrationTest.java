package org.prr.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a random port, on a fresh MariaDB database, with a known ADMIN. Evaluation after each report is
 * off and the scheduled one a day away, so a test's chains hold exactly what it sent; the gap rule tests turn them on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "portal.bootstrap-admin.username=" + PortalClient.ADMIN,
            "portal.bootstrap-admin.password=" + PortalClient.ADMIN_PASSWORD,
            "portal.checkpoints.private-key-file=target/it-keys/checkpoint-ed25519.pem",
            "portal.gaps.evaluate-after-ingest=false",
            "portal.gaps.evaluate-every=24h"
        })
@ContextConfiguration(initializers = FreshMariaDbDatabase.class)
public @interface PortalIntegrationTest {}
