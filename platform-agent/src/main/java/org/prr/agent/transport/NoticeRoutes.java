package org.prr.agent.transport;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.prr.agent.notice.NoticeInbox;
import org.prr.agent.notice.NoticeInbox.Step;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.Notice;
import org.prr.model.json.CanonicalJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The regulator's notices. {@code notice-poll} long-polls {@code GET /api/v1/notices} from the stored cursor and
 * stores each page with its cursor; when the portal cannot answer it is retried like a delivery. {@code
 * notice-dispatch} takes each notice with a step left and runs the steps, each at most once and each on its own:
 * the automatic receipt to the portal, POST it as JSON to the platform's webhook, e-mail it, and, once a named person
 * acknowledged it (command line or local API), send that acknowledgement signed. A failed step is logged and tried
 * again after a wait that doubles with each failure, as deliveries do; a receipt or acknowledgement the portal
 * refuses for good (a 4xx other than 408 and 429, e.g. 404) ends that step with the reason logged.
 */
@Component
class NoticeRoutes extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(NoticeRoutes.class);
    private static final String RECEIVED = "receivedNotice";

    private final NoticeInbox inbox;
    private final PortalRequests portal;
    private final AgentSettings.Notices settings;

    NoticeRoutes(NoticeInbox inbox, PortalRequests portal, AgentSettings settings) {
        this.inbox = inbox;
        this.portal = portal;
        this.settings = settings.notices();
    }

    @Override
    public void configure() {
        from("timer:notices?delay=" + RouteProperties.NOTICES_START_DELAY + "&period="
                        + RouteProperties.NOTICES_POLL_PAUSE)
                .routeId("notice-poll")
                .routeConfigurationId(DeliveryErrorPolicy.ID)
                .process(exchange -> portal.prepare(
                        exchange.getMessage(),
                        "GET",
                        "/api/v1/notices",
                        "after=" + inbox.cursor() + "&waitSeconds=" + settings.waitSeconds(),
                        new byte[0]))
                .to(RouteProperties.PORTAL)
                .process(this::storePage);

        List<String> steps = new ArrayList<>(List.of("direct:notice-receipt", "direct:notice-acknowledgement"));
        if (settings.webhook() != null) {
            steps.add("direct:notice-webhook");
        }
        if (settings.email() != null) {
            steps.add("direct:notice-email");
        }
        from("timer:notice-dispatch?delay=" + RouteProperties.NOTICES_START_DELAY + "&period="
                        + RouteProperties.NOTICES_DISPATCH_EVERY)
                .routeId("notice-dispatch")
                .process(exchange -> exchange.getMessage()
                        .setBody(inbox.unfinished(settings.webhook() != null, settings.email() != null)))
                .split(body())
                .setProperty(RECEIVED, body())
                .to(steps.toArray(String[]::new))
                .end();

        from("direct:notice-receipt")
                .routeId("notice-receipt")
                .filter(exchange -> received(exchange).toDeliver())
                .doTry()
                .process(exchange -> portal.prepare(
                        exchange.getMessage(),
                        "POST",
                        "/api/v1/notices/" + received(exchange).notice().noticeId() + "/receipts",
                        null,
                        new byte[0]))
                .to(RouteProperties.PORTAL)
                .process(exchange -> answered(exchange, Step.DELIVERED))
                .doCatch(Exception.class)
                .process(exchange -> failed(exchange, Step.DELIVERED))
                .end();

        from("direct:notice-acknowledgement")
                .routeId("notice-acknowledgement")
                .filter(exchange -> received(exchange).toSendAcknowledgement())
                .doTry()
                .process(exchange -> portal.prepare(
                        exchange.getMessage(),
                        "POST",
                        "/api/v1/notices/" + received(exchange).notice().noticeId() + "/acknowledgements",
                        null,
                        received(exchange).acknowledgement().getBytes(StandardCharsets.UTF_8)))
                .to(RouteProperties.PORTAL)
                .process(exchange -> answered(exchange, Step.ACKNOWLEDGEMENT_SENT))
                .doCatch(Exception.class)
                .process(exchange -> failed(exchange, Step.ACKNOWLEDGEMENT_SENT))
                .end();

        if (settings.webhook() != null) {
            from("direct:notice-webhook")
                    .routeId("notice-webhook")
                    .filter(exchange -> received(exchange).webhookAt() == null)
                    .doTry()
                    .process(this::webhookRequest)
                    .to(webhook(settings.webhook()))
                    .process(exchange -> succeeded(exchange, Step.WEBHOOK))
                    .doCatch(Exception.class)
                    .process(exchange -> failed(exchange, Step.WEBHOOK))
                    .end();
        }

        if (settings.email() != null) {
            from("direct:notice-email")
                    .routeId("notice-email")
                    .filter(exchange -> received(exchange).emailedAt() == null)
                    .doTry()
                    .process(this::email)
                    .to(smtp(settings.email()))
                    .process(exchange -> inbox.done(received(exchange).notice(), Step.EMAILED))
                    .doCatch(Exception.class)
                    .process(exchange -> failed(exchange, Step.EMAILED))
                    .end();
        }
    }

    private void storePage(Exchange exchange) {
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String answer = exchange.getMessage().getBody(String.class);
        if (status != 200) {
            throw new PortalUnavailable(status, answer);
        }
        Notice.Page page;
        try {
            page = CanonicalJson.parse(answer.getBytes(StandardCharsets.UTF_8), Notice.Page.class);
        } catch (CanonicalJson.MalformedJson e) {
            throw new PortalUnavailable(status, "unreadable notices (" + e.getMessage() + ")");
        }
        for (Notice notice : inbox.store(page)) {
            log.warn(
                    "Notice {} from {} ({}{}): {}",
                    notice.noticeId(),
                    notice.issuedBy(),
                    notice.severity(),
                    notice.actionRequired() ? ", action required by " + notice.respondBy() : "",
                    notice.title());
        }
    }

    /** The portal's answer to a receipt or acknowledgement: 2xx done; a refusal for good ends the step; else again. */
    private void answered(Exchange exchange, Step step) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status != null && status >= 400 && status < 500 && status != 408 && status != 429) {
            Notice notice = received(exchange).notice();
            String reason = "the portal answered " + status + ": "
                    + exchange.getMessage().getBody(String.class);
            inbox.refused(notice, step, reason);
            log.error("Notice {}: the portal refused {} ({}); not trying again", notice.noticeId(), step, reason);
            return;
        }
        succeeded(exchange, step);
        if (step == Step.ACKNOWLEDGEMENT_SENT) {
            log.info(
                    "Notice {}: {}'s acknowledgement is with the portal",
                    received(exchange).notice().noticeId(),
                    received(exchange).acknowledgedBy());
        }
    }

    /** A 2xx answer completes the step; anything else fails it (for another try after a wait). */
    private void succeeded(Exchange exchange, Step step) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status == null || status < 200 || status >= 300) {
            throw new IllegalStateException(
                    "answered " + status + ": " + exchange.getMessage().getBody(String.class));
        }
        inbox.done(received(exchange).notice(), step);
    }

    private void failed(Exchange exchange, Step step) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Notice notice = received(exchange).notice();
        Duration wait = inbox.failed(notice, step, cause == null ? "unknown" : cause.getMessage());
        log.warn(
                "Notice {}: {} failed ({}); trying again in {}",
                notice.noticeId(),
                step,
                cause == null ? "unknown" : cause.getMessage(),
                wait);
    }

    private void webhookRequest(Exchange exchange) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(CanonicalJson.write(received(exchange).notice()));
    }

    private void email(Exchange exchange) {
        Notice n = received(exchange).notice();
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader("Subject", "[监管通知 " + n.severity() + "] " + n.title());
        message.setHeader("Content-Type", "text/plain; charset=UTF-8");
        message.setBody(n.title() + "\n\n" + n.body() + "\n\n"
                + "Issued by: " + n.issuedBy() + " at " + n.issuedAt() + "\n"
                + "Action required: " + (n.actionRequired() ? "yes, by " + n.respondBy() : "no") + "\n"
                + "Notice id: " + n.noticeId() + "\n");
    }

    /** The platform's webhook as a Camel endpoint that answers with the status instead of throwing on a 4xx/5xx. */
    static String webhook(URI webhook) {
        return webhook + (webhook.getQuery() == null ? "?" : "&") + "throwExceptionOnFailure=false";
    }

    /** The platform's mail server as a Camel endpoint that sends to every configured address. */
    static String smtp(AgentSettings.Email email) {
        StringBuilder uri = new StringBuilder("smtp://" + email.host() + ":" + email.port() + "?from="
                + encode(email.from()) + "&to=" + encode(String.join(",", email.to())));
        if (email.username() != null && !email.username().isBlank()) {
            uri.append("&username=")
                    .append(encode(email.username()))
                    .append("&password=RAW(")
                    .append(email.password())
                    .append(")");
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static NoticeInbox.Received received(Exchange exchange) {
        return exchange.getProperty(RECEIVED, NoticeInbox.Received.class);
    }
}
