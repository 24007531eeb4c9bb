package org.prr.portal.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.prr.model.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The agents' long polls, waiting without a request thread each. A poll that finds nothing is parked here as the
 * servlet's {@link AsyncContext}; one check per {@code portal.notices.check-every} for the whole instance asks the
 * database whether any notice was issued since the last check (a single query while nothing happens), and when one
 * was, reads the new notices with their recipients in one more query and answers every waiter they reached: from the
 * checking thread, each distinct page serialised once, written straight to the waiting response, without a dispatch
 * through the servlet chain per waiter. A notice issued on this instance wakes its waiters as soon as it commits; one
 * issued on another instance is seen at the next check.
 */
@Component
class NoticeWaiters {

    static final int PAGE = 100;
    private static final Logger log = LoggerFactory.getLogger(NoticeWaiters.class);

    /** A parked poll; answered once, by the check, the timeout or the re-check after parking, whichever is first. */
    private final class Waiter {
        final String platformId;
        final long cursor;
        final AsyncContext context;
        final AtomicBoolean answered = new AtomicBoolean();

        Waiter(String platformId, long cursor, AsyncContext context) {
            this.platformId = platformId;
            this.cursor = cursor;
            this.context = context;
        }

        void answer(byte[] page) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            waiting.remove(this);
            try {
                write((HttpServletResponse) context.getResponse(), page);
            } catch (IOException | RuntimeException e) {
                log.debug("Could not answer the long poll of {} ({}); it gave up", platformId, e.toString());
            } finally {
                context.complete();
            }
        }
    }

    private final NoticeBook notices;
    private final ObjectMapper json;
    private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notice-waiters");
        thread.setDaemon(true);
        return thread;
    });
    /** The newest cursor a check has looked at; only the checker thread writes it. */
    private volatile long seen;

    NoticeWaiters(NoticeBook notices, NoticeSettings settings, ObjectMapper json, MeterRegistry meters) {
        this.notices = notices;
        this.json = json;
        Gauge.builder("portal.notices.waiting", waiting, Set::size)
                .description("agents' long polls waiting on this instance")
                .register(meters);
        this.seen = notices.latestCursor();
        long every = settings.checkEvery().toMillis();
        checker.scheduleWithFixedDelay(this::checkSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Answers the platform's notices after {@code cursor}: at once when there are some or {@code waitSeconds} is 0,
     * otherwise as soon as one arrives, or an empty page with the same cursor after {@code waitSeconds}.
     */
    void await(
            String platformId, long cursor, int waitSeconds, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<Notice> found = notices.after(platformId, cursor, PAGE);
        if (!found.isEmpty() || waitSeconds == 0) {
            write(response, page(found, cursor));
            return;
        }
        AsyncContext context = request.startAsync(request, response);
        context.setTimeout(waitSeconds * 1000L);
        Waiter waiter = new Waiter(platformId, cursor, context);
        byte[] empty = page(List.of(), cursor);
        context.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                waiter.answer(empty);
            }

            @Override
            public void onError(AsyncEvent event) {
                waiter.answer(empty);
            }

            @Override
            public void onComplete(AsyncEvent event) {
                waiting.remove(waiter);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {}
        });
        waiting.add(waiter);
        // A notice committed between the first look and the parking, after a check passed it, is found here.
        List<Notice> late = notices.after(platformId, cursor, PAGE);
        if (!late.isEmpty()) {
            waiter.answer(page(late, cursor));
        }
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
        Map<List<Notice>, byte[]> pages = new HashMap<>();
        long started = System.nanoTime();
        int answered = 0;
        for (Waiter waiter : waiting) {
            List<Notice> found = reached.getOrDefault(waiter.platformId, List.of()).stream()
                    .filter(notice -> notice.cursor() > waiter.cursor)
                    .limit(PAGE)
                    .toList();
            if (!found.isEmpty()) {
                waiter.answer(pages.computeIfAbsent(found, f -> page(f, waiter.cursor)));
                answered++;
            }
        }
        if (answered > 0) {
            log.info(
                    "Notices up to cursor {} answered {} waiting poll(s) in {} ms",
                    latest,
                    answered,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The notices found as JSON, with the cursor to poll from next: the last one's, or the same when none. */
    private byte[] page(List<Notice> found, long cursor) {
        try {
            return json.writeValueAsBytes(new Notice.Page(
                    found,
                    found.isEmpty() ? cursor : found.get(found.size() - 1).cursor()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(HttpServletResponse response, byte[] page) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
        response.flushBuffer();
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
