package org.prr.agent.transport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.prr.agent.AgentSettings;
import org.prr.agent.outbox.Outbox;
import org.prr.model.Receipt;
import org.prr.model.json.CanonicalJson;
import org.prr.model.signing.RequestSigner;
import org.prr.model.signing.SignatureHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox to the portal, oldest report first. {@code outbox-poll} takes the pending reports and hands
 * each to {@code deliver-report}, which signs and POSTs it and records the answer: 2xx stores the receipt, a
 * refusal (other 4xx) becomes a dead letter with the problem kept, and the next report goes on, anything else is retried by {@link DeliveryErrorPolicy}.
 * The delivery route has no error handler of its own, so a retry runs it again from the top, signing anew.
 */
@Component
class DeliveryRoutes extends RouteBuilder {

    static final String PENDING = "pendingReport";
    private static final String DELIVER = "direct:deliver-report";
    private static final int BATCH = 100;
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(DeliveryRoutes.class);

    private final Outbox outbox;
    private final DeliveryErrors errors;
    private final RequestSigner signer;
    private final AgentSettings settings;
    private final Clock clock;
    private final String reportsPath;

    DeliveryRoutes(Outbox outbox, DeliveryErrors errors, RequestSigner signer, AgentSettings settings, Clock clock) {
        this.outbox = outbox;
        this.errors = errors;
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
        String basePath = settings.portal().url().getPath();
        this.reportsPath = (basePath == null ? "" : basePath.replaceAll("/+$", "")) + "/api/v1/reports";
    }

    @Override
    public void configure() {
        long poll = settings.delivery().pollInterval().toMillis();
        from("timer:outbox?delay=" + poll + "&period=" + poll)
                .routeId("outbox-poll")
                .routeConfigurationId(DeliveryErrorPolicy.ID)
                .process(exchange -> exchange.getMessage().setBody(outbox.pending(BATCH)))
                .split(body()).stopOnException()
                    .setProperty(PENDING, body())
                    .to(DELIVER)
                .end();

        String portal = settings.portal().url().toString().replaceAll("/+$", "");
        from(DELIVER)
                .routeId("deliver-report")
                .errorHandler(noErrorHandler())
                .process(this::sign)
                .to(portal + "/api/v1/reports?throwExceptionOnFailure=false")
                .process(this::recordAnswer);
    }

    private void sign(Exchange exchange) {
        Outbox.PendingReport report = exchange.getProperty(PENDING, Outbox.PendingReport.class);
        outbox.recordAttempt(report.id());
        byte[] body = report.payload().getBytes(StandardCharsets.UTF_8);
        SignatureHeaders signature = signer.sign("POST", reportsPath, body, clock.instant());
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        signature.asMap().forEach(message::setHeader);
        message.setBody(body);
    }

    private void recordAnswer(Exchange exchange) {
        Outbox.PendingReport report = exchange.getProperty(PENDING, Outbox.PendingReport.class);
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String answer = exchange.getMessage().getBody(String.class);
        if (status >= 200 && status < 300) {
            Receipt receipt = readReceipt(status, answer);
            outbox.markDelivered(report.id(), status, answer, receipt.ledgerSeq());
            log.info("Delivered report {}: ledger seq {}, entry hash {}", report.reportId(), receipt.ledgerSeq(),
                    receipt.entryHash());
        } else if (status == 408 || status == 409 || status == 429 || status >= 500) {
            outbox.recordFailure(report.id(), status, answer);
            errors.count(status);
            retryAfter(exchange.getMessage().getHeader("Retry-After", String.class)).ifPresent(
                    wait -> exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, wait.toMillis()));
            throw new PortalUnavailable(status, answer);
        } else {
            outbox.markDeadLetter(report.id(), status, answer);
            errors.count(status);
            log.error("Portal refused report {} with {}: {}. It is a dead letter and will not be resent on its own; "
                    + "see docs/agent-operations.md, 'Dead letters'", report.reportId(), status, answer);
        }
    }

    /**
     * The wait the portal asked for with Retry-After (seconds, or an HTTP date), at most an hour; empty when it
     * asked for none, and the backoff applies.
     */
    Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            try {
                wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    private static Receipt readReceipt(int status, String answer) {
        try {
            return CanonicalJson.parse(answer == null ? new byte[0] : answer.getBytes(StandardCharsets.UTF_8),
                    Receipt.class);
        } catch (CanonicalJson.MalformedJson e) {
            throw new PortalUnavailable(status, "no readable receipt (" + e.getMessage() + ")");
        }
    }
}
