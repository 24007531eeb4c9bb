package org.prr.portal.platform;

/** Published inside the registering transaction, so whatever a listener writes commits with the platform. */
public record PlatformRegistered(String platformId) {}
