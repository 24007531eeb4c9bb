package org.prr.agent.transport;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.prr.agent.settings.AgentSettings;
import org.springframework.stereotype.Component;

/**
 * What the routes' endpoint URIs name as {@code {{…}}} placeholders, taken from {@link AgentSettings} (bound,
 * validated, each default in one place) and written in the forms Camel reads: durations in milliseconds, the portal
 * as its Camel endpoint.
 */
@Component
class RouteProperties implements CamelContextConfiguration {

    static final String PORTAL = "{{transport.portal}}";
    static final String DELIVERY_POLL = "{{transport.delivery.poll-ms}}";
    static final String NOTICES_START_DELAY = "{{transport.notices.start-delay-ms}}";
    static final String NOTICES_POLL_PAUSE = "{{transport.notices.poll-pause-ms}}";
    static final String NOTICES_DISPATCH_EVERY = "{{transport.notices.dispatch-every-ms}}";

    private final AgentSettings settings;
    private final PortalRequests portal;

    RouteProperties(AgentSettings settings, PortalRequests portal) {
        this.settings = settings;
        this.portal = portal;
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        PropertiesComponent properties = camel.getPropertiesComponent();
        properties.addInitialProperty("transport.portal", portal.endpoint());
        properties.addInitialProperty(
                "transport.delivery.poll-ms",
                Long.toString(settings.delivery().pollInterval().toMillis()));
        AgentSettings.Notices notices = settings.notices();
        properties.addInitialProperty(
                "transport.notices.start-delay-ms",
                Long.toString(notices.startDelay().toMillis()));
        properties.addInitialProperty(
                "transport.notices.poll-pause-ms",
                Long.toString(notices.pollPause().toMillis()));
        properties.addInitialProperty(
                "transport.notices.dispatch-every-ms",
                Long.toString(notices.dispatchEvery().toMillis()));
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {}
}
