package org.prr.model;

/**
 * A document a platform signs and submits (a report, an incident, an incident update). It names the platform it is
 * for, and the portal accepts it only from that platform's key.
 */
public interface PlatformDocument {

    String platformId();
}
