package org.prr.portal.platform;

/** KEY platforms (重点平台) are held to stricter thresholds than STANDARD ones. */
public enum Tier {
    KEY,
    STANDARD
}
