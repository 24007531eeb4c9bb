package org.prr.portal.obligation;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param timeZone the jurisdiction's time zone: periods are its calendar periods */
@Validated
@ConfigurationProperties("portal.obligations")
record ObligationSettings(@DefaultValue("Asia/Shanghai") @NotNull ZoneId timeZone) {}
