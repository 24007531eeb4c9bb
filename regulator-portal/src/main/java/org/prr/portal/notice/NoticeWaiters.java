package org.prr.portal.notice;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.prr.model.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The agents' long polls, waiting without a request thread each. A poll that finds nothing is parked here; one
 * check per {@code portal.notices.check-every} for the whole instance asks the database whether any notice was issued
 * since the last check (a single query while nothing happens), and when one was, reads the new notices with their
 * recipients in one more query and answers every waiter they reached. A notice issued on this instance wakes its
 * waiters as soon as it commits; one issued on another instance is seen at the next check.
 */
@Component
class NoticeWaiters {

    static final int PAGE = 100;
    private static final Logger log = LoggerFactory.getLogger(NoticeWaiters.class);

    private record Waiter(String platformId, long cursor, DeferredResult<Notice.Page> result) {}

    private final NoticeBook notices;
    private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notice-waiters");
        thread.setDaemon(true);
        return thread;
    });
    /** The newest cursor a check has looked at; only the checker thread writes it. */
    private volatile long seen;

    NoticeWaiters(NoticeBook notices, NoticeSettings settings, MeterRegistry meters) {
        this.notices = notices;
        Gauge.builder("portal.notices.waiting", waiting, Set::size)
                .description("agents' long polls waiting on this instance")
                .register(meters);
        this.seen = notices.latestCursor();
        long every = settings.checkEvery().toMillis();
        checker.scheduleWithFixedDelay(this::checkSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * The platform's notices after {@code cursor}: at once when there are some or {@code waitSeconds} is 0,
     * otherwise as soon as one arrives, or an empty page with the same cursor after {@code waitSeconds}.
     */
    DeferredResult<Notice.Page> await(String platformId, long cursor, int waitSeconds) {
        DeferredResult<Notice.Page> result =
                new DeferredResult<>(waitSeconds * 1000L, () -> new Notice.Page(List.of(), cursor));
        if (answer(platformId, cursor, result)) {
            return result;
        }
        if (waitSeconds == 0) {
            result.setResult(new Notice.Page(List.of(), cursor));
            return result;
        }
        Waiter waiter = new Waiter(platformId, cursor, result);
        waiting.add(waiter);
        result.onCompletion(() -> waiting.remove(waiter));
        // A notice committed between the first look and the parking, after a check passed it, is found here.
        answer(platformId, cursor, result);
        return result;
    }

    /** How many polls wait on this instance now. */
    int waiting() {
        return waiting.size();
    }

    @TransactionalEventListener
    void issued(NoticeIssued issued) {
        checker.execute(this::checkSafely);
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not check for new notices ({}); waiting polls are answered at the next check", e.toString());
        }
    }

    private void check() {
        long latest = notices.latestCursor();
        if (latest <= seen) {
            return;
        }
        Map<String, List<Notice>> reached = notices.issuedBetween(seen, latest);
        seen = latest;
        for (Waiter waiter : waiting) {
            List<Notice> found = reached.getOrDefault(waiter.platformId(), List.of()).stream()
                    .filter(notice -> notice.cursor() > waiter.cursor())
                    .limit(PAGE)
                    .toList();
            if (!found.isEmpty()) {
                waiter.result().setResult(page(found));
            }
        }
    }

    /** Sets the result when the platform has notices after the cursor; true if it did. */
    private boolean answer(String platformId, long cursor, DeferredResult<Notice.Page> result) {
        List<Notice> found = notices.after(platformId, cursor, PAGE);
        if (found.isEmpty()) {
            return false;
        }
        result.setResult(page(found));
        return true;
    }

    /** The notices found, with the cursor to poll from next: the last one's. */
    private static Notice.Page page(List<Notice> found) {
        return new Notice.Page(found, found.get(found.size() - 1).cursor());
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
