package org.prr.portal.staff;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Creates the first ADMIN before the portal starts serving, so no request ever meets a portal without one. */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final BootstrapAdminSettings settings;
    private final StaffUsers users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    BootstrapAdmin(BootstrapAdminSettings settings, StaffUsers users, PasswordEncoder passwordEncoder, Clock clock) {
        this.settings = settings;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!StringUtils.hasText(settings.username())) {
            if (users.count() == 0) {
                log.warn("No staff user exists and PORTAL_BOOTSTRAP_ADMIN_USER is not set: nobody can register "
                        + "platforms until it is");
            }
            return;
        }
        if (users.existsById(settings.username())) {
            return;
        }
        if (!StringUtils.hasText(settings.password())) {
            throw new IllegalStateException("PORTAL_BOOTSTRAP_ADMIN_USER is set but PORTAL_BOOTSTRAP_ADMIN_PASSWORD "
                    + "is empty; set a password for the first ADMIN");
        }
        users.save(new StaffUser(
                settings.username(),
                passwordEncoder.encode(settings.password()),
                settings.jurisdiction(),
                Set.of(Role.ADMIN, Role.ANALYST, Role.VIEWER),
                null,
                clock.instant()));
        log.info("Created the first ADMIN '{}' for jurisdiction {}", settings.username(), settings.jurisdiction());
    }
}
