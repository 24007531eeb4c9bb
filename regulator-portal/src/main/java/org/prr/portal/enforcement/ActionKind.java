package org.prr.portal.enforcement;

/** The kinds of enforcement action, as the national enforcement figures count them. */
public enum ActionKind {
    /** 约谈: notified in advance with reason, time, place and participants. */
    INTERVIEW,
    /** 警告. */
    WARNING,
    /** 限期整改: required actions and a deadline; a case the platform answers. */
    RECTIFICATION_ORDER,
    /** 暂停更新. */
    SUSPEND_UPDATES,
    /** 暂停功能. */
    SUSPEND_FUNCTION,
    /** 罚款: an amount. */
    FINE,
    /** 下架 (an app removed from stores). */
    APP_REMOVAL,
    /** 关闭网站. */
    SITE_CLOSURE,
    /** 处置账号. */
    ACCOUNT_ACTION,
    /** 处理责任人. */
    PERSON_ACCOUNTABLE,
    /** 通报. */
    PUBLIC_NOTICE,
    /** 移送 (to another authority). */
    REFERRAL
}
