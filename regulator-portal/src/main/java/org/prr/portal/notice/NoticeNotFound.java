package org.prr.portal.notice;

import java.util.UUID;
import org.prr.portal.errors.DomainException;

/**
 * No notice of that id reached the platform (none was issued, or it was addressed to others), or none was issued in
 * the staff member's jurisdiction.
 */
class NoticeNotFound extends DomainException {

    private NoticeNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    static NoticeNotFound forId(UUID noticeId, String platformId) {
        return new NoticeNotFound("no notice " + noticeId + " for " + platformId);
    }

    static NoticeNotFound issued(UUID noticeId) {
        return new NoticeNotFound("no notice " + noticeId + " was issued in your jurisdiction");
    }
}
