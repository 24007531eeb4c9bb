package org.prr.agent.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.prr.agent.outbox.DeliveryQueue;
import org.prr.model.Receipt;
import org.prr.model.json.CanonicalJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers each queue to the portal, oldest document first: {@code <queue>-poll} takes its pending documents and
 * hands each to {@code deliver}, which signs and POSTs it and records the answer: 2xx stores the receipt, a refusal
 * (other 4xx) becomes a dead letter with the problem kept and the next document goes on, anything else is retried
 * by {@link DeliveryErrorPolicy}. Each queue has its own route, so incidents never wait behind reports. The
 * delivery route has no error handler of its own, so a retry runs it again from the top, signing anew.
 */
@Component
class DeliveryRoutes extends RouteBuilder {

    static final String QUEUE = "deliveryQueue";
    static final String PENDING = "pendingDocument";
    private static final String DELIVER = "direct:deliver";
    private static final int BATCH = 100;
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(DeliveryRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<DeliveryQueue> queues;
    private final DeliveryErrors errors;
    private final PortalRequests portal;
    private final Clock clock;

    DeliveryRoutes(List<DeliveryQueue> queues, DeliveryErrors errors, PortalRequests portal, Clock clock) {
        this.queues = queues;
        this.errors = errors;
        this.portal = portal;
        this.clock = clock;
    }

    @Override
    public void configure() {
        for (DeliveryQueue queue : queues) {
            from("timer:" + queue.name() + "?delay=" + RouteProperties.DELIVERY_POLL + "&period="
                            + RouteProperties.DELIVERY_POLL)
                    .routeId(queue.name() + "-poll")
                    .routeConfigurationId(DeliveryErrorPolicy.ID)
                    .setProperty(QUEUE, constant(queue))
                    .process(exchange -> exchange.getMessage().setBody(queue.pending(BATCH)))
                    .split(body())
                    .stopOnException()
                    .setProperty(PENDING, body())
                    .to(DELIVER)
                    .end();
        }

        from(DELIVER)
                .routeId("deliver")
                .errorHandler(noErrorHandler())
                .process(this::sign)
                .to(RouteProperties.PORTAL)
                .process(this::recordAnswer);
    }

    private void sign(Exchange exchange) {
        DeliveryQueue.Pending document = exchange.getProperty(PENDING, DeliveryQueue.Pending.class);
        exchange.getProperty(QUEUE, DeliveryQueue.class).recordAttempt(document.id());
        portal.prepare(
                exchange.getMessage(),
                "POST",
                document.path(),
                null,
                document.payload().getBytes(StandardCharsets.UTF_8));
    }

    private void recordAnswer(Exchange exchange) {
        DeliveryQueue queue = exchange.getProperty(QUEUE, DeliveryQueue.class);
        DeliveryQueue.Pending document = exchange.getProperty(PENDING, DeliveryQueue.Pending.class);
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String answer = exchange.getMessage().getBody(String.class);
        if (status >= 200 && status < 300) {
            Receipt receipt = readReceipt(status, answer);
            queue.markDelivered(document.id(), status, answer, receipt.ledgerSeq());
            errors.clockAgrees();
            log.info(
                    "Delivered {} {}: ledger seq {}, entry hash {}",
                    queue.name(),
                    document.documentId(),
                    receipt.ledgerSeq(),
                    receipt.entryHash());
            return;
        }
        OptionalLong clockSkew = status == 401 ? clockSkewSeconds(answer) : OptionalLong.empty();
        if (clockSkew.isPresent()) {
            long skew = clockSkew.getAsLong();
            queue.recordFailure(
                    document.id(),
                    status,
                    "clock skew: the portal's clock is " + skew + " s ahead of "
                            + "this agent's (negative: behind); the agent keeps retrying; fix its clock (NTP)");
            errors.clockSkew(skew);
            throw new PortalUnavailable(status, answer);
        } else if (status == 408 || status == 409 || status == 429 || status >= 500) {
            queue.recordFailure(document.id(), status, answer);
            errors.count(status);
            retryAfter(exchange.getMessage().getHeader("Retry-After", String.class))
                    .ifPresent(wait -> exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, wait.toMillis()));
            throw new PortalUnavailable(status, answer);
        } else {
            queue.markDeadLetter(document.id(), status, answer);
            errors.count(status);
            log.error(
                    "Portal refused {} {} with {}: {}. It is a dead letter and will not be resent on its own; "
                            + "see docs/agent-operations.md, 'Dead letters'",
                    queue.name(),
                    document.documentId(),
                    status,
                    answer);
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
                wait = Duration.between(
                        clock.instant(),
                        ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    /** The skew the portal measured when it refused a request for its timestamp, if that is why. */
    private static OptionalLong clockSkewSeconds(String answer) {
        try {
            JsonNode skew = JSON.readTree(answer == null ? "" : answer).path("clockSkewSeconds");
            return skew.isIntegralNumber() ? OptionalLong.of(skew.longValue()) : OptionalLong.empty();
        } catch (JsonProcessingException e) {
            return OptionalLong.empty();
        }
    }

    private static Receipt readReceipt(int status, String answer) {
        try {
            return CanonicalJson.parse(
                    answer == null ? new byte[0] : answer.getBytes(StandardCharsets.UTF_8), Receipt.class);
        } catch (CanonicalJson.MalformedJson e) {
            throw new PortalUnavailable(status, "no readable receipt (" + e.getMessage() + ")");
        }
    }
}
