package org.prr.portal.gap;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.prr.portal.incident.IncidentAccepted;
import org.prr.portal.report.ReportAccepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evaluates a platform's rules once its report or incident has committed, on one thread of its own so the intake answers
 * without waiting; reports of one platform that arrive while it is queued are covered by one evaluation.
 */
@Component
class AfterIngest implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AfterIngest.class);

    private final Evaluation evaluation;
    private final GapSettings settings;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "evaluation-after-ingest");
        thread.setDaemon(true);
        return thread;
    });

    AfterIngest(Evaluation evaluation, GapSettings settings) {
        this.evaluation = evaluation;
        this.settings = settings;
    }

    @TransactionalEventListener
    void accepted(ReportAccepted accepted) {
        queue(accepted.platformId());
    }

    @TransactionalEventListener
    void accepted(IncidentAccepted accepted) {
        queue(accepted.platformId());
    }

    private void queue(String platformId) {
        if (settings.evaluateAfterIngest() && queued.add(platformId)) {
            worker.execute(() -> evaluate(platformId));
        }
    }

    private void evaluate(String platformId) {
        queued.remove(platformId);
        try {
            evaluation.platform(platformId);
        } catch (RuntimeException e) {
            log.warn(
                    "Evaluation of {} after its report or incident failed; the next scheduled evaluation covers it",
                    platformId,
                    e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
