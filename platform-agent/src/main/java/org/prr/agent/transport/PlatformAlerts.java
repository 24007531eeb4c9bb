package org.prr.agent.transport;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.json.CanonicalJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Something the agent found that people at the platform must hear of at once, sent on the channels its regulator's
 * notices go to ({@code agent.notices.webhook} and {@code agent.notices.email}): POSTed to the webhook as JSON and
 * e-mailed as text. Each channel is tried once; a channel that fails is logged, and the caller sends again when it
 * finds the problem again.
 */
@Component
public class PlatformAlerts {

    /** What is sent: an e-mail's subject and text, and the webhook's JSON object. */
    public record Alert(String subject, String text, Map<String, Object> json) {}

    private static final Logger log = LoggerFactory.getLogger(PlatformAlerts.class);

    private final ProducerTemplate camel;
    private final AgentSettings.Notices channels;

    PlatformAlerts(ProducerTemplate camel, AgentSettings settings) {
        this.camel = camel;
        this.channels = settings.notices();
    }

    public void send(Alert alert) {
        if (channels.webhook() != null) {
            Exchange answered = camel.request(NoticeRoutes.webhook(channels.webhook()), exchange -> {
                exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
                exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
                exchange.getMessage().setBody(CanonicalJson.write(alert.json()));
            });
            Integer status = answered.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            if (answered.getException() != null || status == null || status < 200 || status >= 300) {
                log.warn(
                        "Alert '{}' not taken by the webhook ({})",
                        alert.subject(),
                        answered.getException() != null
                                ? answered.getException().getMessage()
                                : "answered " + status);
            }
        }
        if (channels.email() != null) {
            Exchange mailed = camel.send(NoticeRoutes.smtp(channels.email()), exchange -> {
                exchange.getMessage().setHeader("Subject", alert.subject());
                exchange.getMessage().setHeader("Content-Type", "text/plain; charset=UTF-8");
                exchange.getMessage().setBody(alert.text());
            });
            if (mailed.getException() != null) {
                log.warn(
                        "Alert '{}' not e-mailed ({})",
                        alert.subject(),
                        mailed.getException().getMessage());
            }
        }
    }
}
