package org.prr.agent.transport;

import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.prr.agent.settings.AgentSettings;
import org.prr.model.signing.RequestSigner;
import org.prr.model.signing.SignatureHeaders;
import org.springframework.stereotype.Component;

/**
 * Turns a Camel message into a signed request to the portal: the endpoint is the portal's base URL, and the path,
 * query and signature headers travel on the message. Every attempt is signed anew, with a fresh timestamp.
 */
@Component
class PortalRequests {

    private final RequestSigner signer;
    private final Clock clock;
    private final String basePath;
    private final String endpoint;

    PortalRequests(RequestSigner signer, AgentSettings settings, Clock clock) {
        this.signer = signer;
        this.clock = clock;
        String path = settings.portal().url().getPath();
        this.basePath = path == null ? "" : path.replaceAll("/+$", "");
        this.endpoint = settings.portal().url().toString().replaceAll("/+$", "") + "?throwExceptionOnFailure=false";
    }

    /** The Camel endpoint of the portal; answers of any status come back for the route to read. */
    String endpoint() {
        return endpoint;
    }

    /** @param query without '?', or null */
    void prepare(Message message, String method, String path, String query, byte[] body) {
        String pathWithQuery = basePath + path + (query == null ? "" : "?" + query);
        SignatureHeaders signature = signer.sign(method, pathWithQuery, body, clock.instant());
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_METHOD, method);
        message.setHeader(Exchange.HTTP_PATH, path);
        if (query != null) {
            message.setHeader(Exchange.HTTP_QUERY, query);
        }
        if (body.length > 0) {
            message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        }
        signature.asMap().forEach(message::setHeader);
        message.setBody(body);
    }
}
