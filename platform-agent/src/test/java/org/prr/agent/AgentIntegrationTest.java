package org.prr.agent;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.prr.testing.FreshMariaDbDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole agent on a fresh MariaDB database, with its own new key, reading complaints from the demo
 * {@code demo_complaint} table (filled by each test, not generated), and with the Quartz scheduler held so tests launch jobs themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "agent.platform-id=it-platform",
            "agent.signing.key-id=it-key-1",
            "agent.signing.generate-if-missing=true",
            "agent.signing.private-key-file=target/it-keys/${random.uuid}/agent.pem",
            "agent.families.complaints.records.kind=jdbc",
            "agent.families.complaints.records.sql=SELECT * FROM demo_complaint "
                    + "WHERE received_at < :periodEnd AND (closed_at IS NULL OR closed_at >= :periodStart)",
            "spring.quartz.auto-startup=false",
            "spring.sql.init.mode=always",
            "spring.sql.init.schema-locations=classpath:demo/platform-source.sql"
        })
@ContextConfiguration(initializers = FreshMariaDbDatabase.class)
public @interface AgentIntegrationTest {}
