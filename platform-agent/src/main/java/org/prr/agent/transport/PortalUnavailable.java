package org.prr.agent.transport;

/**
 * The portal could not take the report now (5xx, 429, 408, 409 while it is still processing the same report, or a
 * 2xx without a readable receipt); retry later.
 */
class PortalUnavailable extends RuntimeException {

    PortalUnavailable(int status, String detail) {
        super("portal answered " + status + ": " + detail);
    }
}
