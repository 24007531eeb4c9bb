package org.prr.portal.staff;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.prr.portal.errors.DomainException;

/** The caller's roles do not allow the step (a VIEWER working a flag). */
public class RoleRequired extends DomainException {

    RoleRequired(String detail) {
        super(Kind.FORBIDDEN, detail);
    }

    static RoleRequired anyOf(Role... roles) {
        return new RoleRequired(
                "this needs the role " + Arrays.stream(roles).map(Role::name).collect(Collectors.joining(" or ")));
    }
}
