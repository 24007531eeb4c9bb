package org.prr.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** The intake's settings: their defaults live in the record alone, and a value that makes no sense stops start-up. */
class IntakeSettingsTests {

    @EnableConfigurationProperties(IntakeSettings.class)
    static class Bound {}

    private final ApplicationContextRunner portal = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Bound.class);

    @Test
    void withoutAnyPropertyTheDefaultsApply() {
        portal.run(context -> assertThat(context.getBean(IntakeSettings.class))
                .isEqualTo(new IntakeSettings(Duration.ofSeconds(300), DataSize.ofMegabytes(1), 120)));
    }

    @Test
    void aValueThatMakesNoSenseStopsStartUpNamingTheSetting() {
        for (String[] bad : new String[][] {
            {"portal.intake.requests-per-minute=0", "requestsPerMinute"},
            {"portal.intake.max-clock-skew=0s", "maxClockSkew"},
            {"portal.intake.max-body-size=0B", "maxBodySizeBounded"},
            {"portal.intake.max-body-size=3GB", "maxBodySizeBounded"}
        }) {
            portal.withPropertyValues(bad[0]).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(bad[1]);
            });
        }
    }
}
