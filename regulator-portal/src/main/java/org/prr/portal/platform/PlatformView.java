package org.prr.portal.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A platform as staff see it; {@code keys} only in the detail view, {@code lastContactAt} once its agent has called.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlatformView(
        String platformId,
        String name,
        String jurisdiction,
        Tier tier,
        PlatformRegistration.Contact contact,
        Instant registeredAt,
        Instant lastContactAt,
        List<KeyView> keys) {

    static PlatformView of(Platform p, List<KeyView> keys) {
        return new PlatformView(
                p.getPlatformId(),
                p.getName(),
                p.getJurisdiction(),
                p.getTier(),
                p.contact(),
                p.getRegisteredAt(),
                p.getLastContactAt(),
                keys);
    }
}
