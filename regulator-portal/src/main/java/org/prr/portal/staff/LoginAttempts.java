package org.prr.portal.staff;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks a staff account after repeated wrong passwords, and clears the count on a successful login. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final StaffUsers users;
    private final StaffSettings settings;
    private final Clock clock;

    LoginAttempts(StaffUsers users, StaffSettings settings, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        users.lockById(failure.getAuthentication().getName()).ifPresent(user -> {
            user.failedLogin(settings.maxFailedLogins(), clock.instant().plus(settings.lockout()));
            if (!user.principal(clock.instant()).isAccountNonLocked()) {
                log.warn(
                        "Staff account '{}' locked for {} after {} wrong passwords",
                        failure.getAuthentication().getName(),
                        settings.lockout(),
                        settings.maxFailedLogins());
            }
        });
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent success) {
        users.findById(success.getAuthentication().getName()).ifPresent(StaffUser::unlock);
    }
}
