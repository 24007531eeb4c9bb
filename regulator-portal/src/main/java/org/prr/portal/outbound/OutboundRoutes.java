package org.prr.portal.outbound;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.prr.model.json.CanonicalJson;
import org.prr.portal.ledger.PortalKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: {@code outbound-poll} takes the notifications that are due every {@code
 * portal.outbound.poll-every} and sends each on its own, by e-mail ({@code outbound-email}, SMTP) or as a signed
 * webhook ({@code outbound-webhook}: POST of the JSON, {@code X-Portal-Signature} the portal key's Ed25519
 * signature of the body, base64; any answer but 2xx fails the attempt). Each attempt is recorded in the outbox.
 */
@Component
class OutboundRoutes extends RouteBuilder {

    /** What a webhook receives. */
    record Webhook(
            String notificationId,
            String event,
            String jurisdiction,
            String platformId,
            String reference,
            String subject,
            String text,
            String createdAt) {}

    static final String SIGNATURE = "X-Portal-Signature";
    private static final Logger log = LoggerFactory.getLogger(OutboundRoutes.class);
    private static final String NOTIFICATION = "outboundNotification";
    private static final String TARGET = "outboundTarget";

    private final OutboundBox outbox;
    private final OutboundSettings settings;
    private final PortalKey key;

    OutboundRoutes(OutboundBox outbox, OutboundSettings settings, PortalKey key) {
        this.outbox = outbox;
        this.settings = settings;
        this.key = key;
    }

    @Override
    public void configure() {
        long every = settings.pollEvery().toMillis();
        from("timer:outbound?delay=" + every + "&period=" + every)
                .routeId("outbound-poll")
                .process(exchange -> exchange.getMessage().setBody(outbox.claim(20)))
                .split(body())
                .setProperty(NOTIFICATION, body())
                .process(exchange -> exchange.setProperty(
                        TARGET,
                        "direct:outbound-"
                                + notification(exchange).channel().name().toLowerCase(Locale.ROOT)))
                .doTry()
                .toD("${exchangeProperty." + TARGET + "}")
                .process(exchange -> outbox.sent(notification(exchange)))
                .doCatch(Exception.class)
                .process(this::failed)
                .end();

        // A failed send is the poll's to record and log (once, as a warning, with the next try's time), so the
        // channels hand it back without an error handler of their own, which would log it again as an ERROR.
        from("direct:outbound-email")
                .errorHandler(noErrorHandler())
                .routeId("outbound-email")
                .process(this::email)
                .to(smtp());

        from("direct:outbound-webhook")
                .errorHandler(noErrorHandler())
                .routeId("outbound-webhook")
                .process(this::webhook)
                .to("http://outbound-webhook?throwExceptionOnFailure=false")
                .process(exchange -> {
                    Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
                    if (status == null || status < 200 || status >= 300) {
                        throw new IllegalStateException("the webhook answered " + status);
                    }
                });
    }

    private void email(Exchange exchange) {
        if (settings.smtp() == null || settings.smtp().host() == null) {
            throw new IllegalStateException("no SMTP server: set portal.outbound.smtp.host");
        }
        OutboundBox.Notification n = notification(exchange);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader("To", n.address());
        message.setHeader("From", settings.smtp().from());
        message.setHeader("Subject", n.subject());
        message.setHeader("Content-Type", "text/plain; charset=UTF-8");
        message.setBody(n.text() + "\n\n— 平台主体责任报送系统（监管端），通知编号 " + n.notificationId() + "\n");
    }

    private void webhook(Exchange exchange) {
        OutboundBox.Notification n = notification(exchange);
        byte[] body = CanonicalJson.write(new Webhook(
                n.notificationId().toString(),
                n.event(),
                n.jurisdiction(),
                n.platformId(),
                n.reference(),
                n.subject(),
                n.text(),
                n.createdAt().toString()));
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.HTTP_URI, n.address());
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setHeader(SIGNATURE, key.sign(body));
        message.setBody(body);
    }

    private void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        OutboundBox.Notification n = notification(exchange);
        String error = cause == null ? "unknown" : cause.getMessage();
        Duration wait = outbox.failed(n, error);
        log.warn(
                "Notification {} to {} {} failed ({}); trying again in {}",
                n.notificationId(),
                n.channel(),
                n.address(),
                error,
                wait);
    }

    private String smtp() {
        OutboundSettings.Smtp smtp = settings.smtp();
        if (smtp == null || smtp.host() == null) {
            return "log:outbound-email-without-smtp";
        }
        StringBuilder uri = new StringBuilder("smtp://" + smtp.host() + ":" + smtp.port());
        if (smtp.username() != null && !smtp.username().isBlank()) {
            uri.append("?username=")
                    .append(URLEncoder.encode(smtp.username(), StandardCharsets.UTF_8))
                    .append("&password=RAW(")
                    .append(smtp.password())
                    .append(")");
        }
        return uri.toString();
    }

    private static OutboundBox.Notification notification(Exchange exchange) {
        return exchange.getProperty(NOTIFICATION, OutboundBox.Notification.class);
    }
}
