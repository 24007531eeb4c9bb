package org.prr.model;

/** Where a complaint came in. REGULATOR_REFERRAL covers referrals such as the 12377 hotline. */
public enum ComplaintChannel {
    WEB_FORM,
    IN_APP,
    HOTLINE,
    EMAIL,
    REGULATOR_REFERRAL,
    OTHER
}
