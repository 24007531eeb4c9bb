package org.prr.portal.intake;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * A token bucket per platform (Bucket4j): {@code requestsPerMinute} tokens, refilled evenly over the minute. Each
 * portal instance keeps its own buckets, so behind a load balancer the limit applies per instance.
 */
@Component
class RateLimits {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    RateLimits(IntakeSettings settings) {
        this.perMinute = settings.requestsPerMinute();
    }

    /** @throws RateLimited 429 with {@code Retry-After} when the platform has no token left */
    void take(String platformId) {
        Bucket bucket = buckets.computeIfAbsent(platformId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw RateLimited.retryAfterSeconds(Math.max(
                    1,
                    TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1)));
        }
    }
}
