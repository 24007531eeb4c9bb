package org.prr.portal.staff;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUsers users;

    StaffUserDetailsService(StaffUsers users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findById(username).map(StaffUser::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no staff user " + username));
    }
}
