package org.prr.portal.obligation;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param timeZone the jurisdiction's time zone: periods are its calendar periods */
@ConfigurationProperties("portal.obligations")
record ObligationSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {}
