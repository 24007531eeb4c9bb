-- How soon after detection a major incident's first report is due, and how often a follow-up is due after that until
-- the platform reports it CLOSED, per severity (the 2025 incident-reporting measures' hour tiers; docs/gap-rules.md).
CREATE TABLE incident_clock (
    severity              VARCHAR(16) NOT NULL PRIMARY KEY,
    first_report_minutes  INT         NOT NULL,
    follow_up_minutes     INT         NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO incident_clock (severity, first_report_minutes, follow_up_minutes) VALUES
    ('CRITICAL', 60, 720),
    ('MAJOR', 240, 1440);

-- The jurisdiction's incident inbox: each incident as its ledger entries left it, written in the same transaction as
-- the entry (INCIDENT_REPORTED, INCIDENT_UPDATED, INCIDENT_ACKNOWLEDGED). The ledger stays the record.
-- last_heard_at is when the portal accepted the first report or the latest update: the follow-up clock runs from it.
CREATE TABLE incident (
    incident_id      CHAR(36)      NOT NULL PRIMARY KEY,
    platform_id      VARCHAR(64)   NOT NULL,
    severity         VARCHAR(16)   NOT NULL,
    category         VARCHAR(64)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    summary          LONGTEXT      NOT NULL,
    scope            VARCHAR(2000),
    actions_taken    LONGTEXT,
    contact          VARCHAR(200)  NOT NULL,
    occurred_at      DATETIME(6)   NOT NULL,
    detected_at      DATETIME(6)   NOT NULL,
    reported_at      DATETIME(6)   NOT NULL,
    ledger_seq       BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    updates          INT           NOT NULL,
    last_heard_at    DATETIME(6)   NOT NULL,
    closed_at        DATETIME(6),
    acknowledged_at  DATETIME(6),
    acknowledged_by  VARCHAR(64),
    CONSTRAINT fk_incident_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_incident_platform ON incident (platform_id, reported_at);
CREATE INDEX ix_incident_status ON incident (status, last_heard_at);

CREATE TABLE incident_update (
    update_id    CHAR(36)     NOT NULL PRIMARY KEY,
    incident_id  CHAR(36)     NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    text         LONGTEXT     NOT NULL,
    accepted_at  DATETIME(6)  NOT NULL,
    ledger_seq   BIGINT       NOT NULL,
    CONSTRAINT fk_incident_update FOREIGN KEY (incident_id) REFERENCES incident (incident_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_incident_update ON incident_update (incident_id, accepted_at);

-- Notices the portal writes itself (an incident acknowledged, a reminder, a report due or missing) say what they are
-- about; staff's notices are STAFF with no reference.
ALTER TABLE notice ADD COLUMN kind VARCHAR(32) NOT NULL DEFAULT 'STAFF';
ALTER TABLE notice ADD COLUMN reference VARCHAR(100);

-- Per recipient: the agent's automatic receipt (delivered_at, NOTICE_DELIVERED), a named person's acknowledgement
-- with an optional reply (NOTICE_ACKNOWLEDGED), and the reminders staff sent.
ALTER TABLE notice_recipient ADD COLUMN delivered_at DATETIME(6);
ALTER TABLE notice_recipient ADD COLUMN acknowledged_at DATETIME(6);
ALTER TABLE notice_recipient ADD COLUMN acknowledged_by VARCHAR(100);
ALTER TABLE notice_recipient ADD COLUMN reply LONGTEXT;
ALTER TABLE notice_recipient ADD COLUMN reminders INT NOT NULL DEFAULT 0;
ALTER TABLE notice_recipient ADD COLUMN last_reminded_at DATETIME(6);

-- Until now an agent's receipt was recorded as NOTICE_ACKNOWLEDGED: those entries are the receipts.
UPDATE notice_recipient SET delivered_at = (
    SELECT MIN(e.recorded_at) FROM ledger_entry e
    WHERE e.platform_id = notice_recipient.platform_id AND e.entry_type = 'NOTICE_ACKNOWLEDGED'
      AND e.payload LIKE CONCAT('%"noticeId":"', notice_recipient.notice_id, '"%'));

-- Reporting reminders: how many days before an obligation's due time a platform that has not filed is reminded.
CREATE TABLE reminder_schedule (
    days_before INT NOT NULL PRIMARY KEY
);

INSERT INTO reminder_schedule (days_before) VALUES (3), (1);

-- Each reporting reminder sent, once per platform, family, period and step: days before due, or 0 once MISSING.
CREATE TABLE reporting_reminder (
    platform_id   VARCHAR(64)  NOT NULL,
    family        VARCHAR(16)  NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    days_before   INT          NOT NULL,
    notice_id     CHAR(36)     NOT NULL,
    PRIMARY KEY (platform_id, family, period_start, period_end, days_before)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The jurisdictions' duty contacts (值班联系人), told at once of new incidents, overdue incidents and new CRITICAL
-- flags: an e-mail address or a webhook URL each. National (CN) contacts hear of every jurisdiction.
CREATE TABLE duty_contact (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    jurisdiction  VARCHAR(16)   NOT NULL,
    channel       VARCHAR(16)   NOT NULL,
    address       VARCHAR(500)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_duty_contact UNIQUE (jurisdiction, channel, address)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The portal's outbox of notifications: one row per event and contact, written in the transaction of the event, so
-- nothing is lost if the portal dies; delivered by Camel routes, each attempt recorded, retried with backoff. An
-- instance leases a row before sending it, so two instances do not send the same row at once.
CREATE TABLE outbound_notification (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notification_id  CHAR(36)       NOT NULL,
    jurisdiction     VARCHAR(16)    NOT NULL,
    channel          VARCHAR(16)    NOT NULL,
    address          VARCHAR(500)   NOT NULL,
    event            VARCHAR(32)    NOT NULL,
    platform_id      VARCHAR(64)    NOT NULL,
    reference        VARCHAR(100)   NOT NULL,
    subject          VARCHAR(300)   NOT NULL,
    text             LONGTEXT       NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    attempts         INT            NOT NULL,
    next_attempt_at  DATETIME(6)    NOT NULL,
    lease_until      DATETIME(6),
    last_error       VARCHAR(1000),
    created_at       DATETIME(6)    NOT NULL,
    sent_at          DATETIME(6),
    CONSTRAINT uq_outbound_notification UNIQUE (notification_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_outbound_due ON outbound_notification (status, next_attempt_at);

INSERT INTO gap_rule (rule, scope, scope_key, enabled, severity, threshold, second_threshold, periods) VALUES
    ('INCIDENT_FOLLOW_UP_OVERDUE', 'TIER', 'KEY',      TRUE, 'CRITICAL', NULL, NULL, NULL),
    ('INCIDENT_FOLLOW_UP_OVERDUE', 'TIER', 'STANDARD', TRUE, 'CRITICAL', NULL, NULL, NULL),
    ('NOTICE_UNACKNOWLEDGED',      'TIER', 'KEY',      TRUE, 'WARNING',  NULL, NULL, NULL),
    ('NOTICE_UNACKNOWLEDGED',      'TIER', 'STANDARD', TRUE, 'WARNING',  NULL, NULL, NULL);
