package org.prr.portal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The portal's clock in the demo: the system's, except while {@link DemoHistory} writes the past, when it reads the
 * moment each past report arrives, so the ledger, the filing status and the flags record them as of then.
 */
@Component
@Primary
@Profile("demo")
class DemoClock extends Clock {

    private volatile Duration behind = Duration.ZERO;

    /** From now on the clock reads {@code moment} (and runs on from there) until {@link #backToNow()}. */
    void travelTo(Instant moment) {
        behind = Duration.between(moment, Instant.now());
    }

    void backToNow() {
        behind = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().minus(behind);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), behind.negated());
    }
}
