package org.prr.portal.meeting;

import java.util.UUID;
import org.prr.portal.errors.DomainException;

/** A pack that does not exist, or not in the staff member's jurisdiction. */
class MeetingPackNotFound extends DomainException {

    private MeetingPackNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    static MeetingPackNotFound forId(UUID packId) {
        return new MeetingPackNotFound("no meeting pack " + packId + " in your jurisdiction");
    }
}
