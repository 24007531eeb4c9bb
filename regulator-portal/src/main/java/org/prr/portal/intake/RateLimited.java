package org.prr.portal.intake;

import java.time.Duration;
import java.util.Optional;
import org.prr.portal.errors.DomainException;

/** The platform has used its requests for now (429, with when to retry). */
class RateLimited extends DomainException {

    private final Duration retryAfter;

    private RateLimited(Duration retryAfter) {
        super(
                Kind.RATE_LIMITED,
                "this platform's request rate is over its limit; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    static RateLimited retryAfterSeconds(long seconds) {
        return new RateLimited(Duration.ofSeconds(seconds));
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
