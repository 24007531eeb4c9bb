package org.prr.portal.notice;

/** Published inside the issuing transaction; waiters are woken once it has committed. */
record NoticeIssued() {}
