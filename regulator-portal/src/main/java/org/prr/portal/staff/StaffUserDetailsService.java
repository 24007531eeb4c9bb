package org.prr.portal.staff;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUsers users;
    private final Clock clock;

    StaffUserDetailsService(StaffUsers users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findById(username)
                .map(user -> user.principal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no staff user " + username));
    }
}
