package org.prr.portal.jdbc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per interval, for the gauges every scrape reads: one query per
 * interval whatever the number of scrapes and gauges.
 */
public final class ReadAtMostEvery<T> {

    private final Duration interval;
    private final Clock clock;
    private final Supplier<T> read;
    private T value;
    private Instant readAt = Instant.MIN;

    public ReadAtMostEvery(Duration interval, Clock clock, Supplier<T> read) {
        this.interval = interval;
        this.clock = clock;
        this.read = read;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        if (readAt.plus(interval).isBefore(now)) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
