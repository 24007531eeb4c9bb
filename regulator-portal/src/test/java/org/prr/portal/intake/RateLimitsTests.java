package org.prr.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.prr.portal.errors.DomainException;
import org.springframework.util.unit.DataSize;

class RateLimitsTests {

    private final RateLimits limits =
            new RateLimits(new IntakeSettings(Duration.ofSeconds(300), DataSize.ofMegabytes(1), 5));

    @Test
    void aPlatformMayBurstItsPerMinuteLimitThenWaits() {
        for (int i = 0; i < 5; i++) {
            limits.take("cq-video");
        }
        assertThatThrownBy(() -> limits.take("cq-video")).isInstanceOfSatisfying(RateLimited.class, refused -> {
            assertThat(refused.kind()).isEqualTo(DomainException.Kind.RATE_LIMITED);
            // 5 a minute refill one token every 12 s
            assertThat(refused.retryAfter()).hasValueSatisfying(wait -> assertThat(wait)
                    .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(12)));
            assertThat(refused.getMessage()).contains("retry after");
        });
    }

    @Test
    void eachPlatformHasItsOwnBucket() {
        for (int i = 0; i < 5; i++) {
            limits.take("cq-video");
        }
        limits.take("cq-news");
        assertThatThrownBy(() -> limits.take("cq-video")).isInstanceOf(RateLimited.class);
    }
}
