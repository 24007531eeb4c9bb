-- Enforcement actions (执法措施) against a platform, each also an ENFORCEMENT_ACTION entry in the platform's chain
-- (ledger_seq); the entry is the record, this row is how the lists find it. Kind-specific fields are NULL for other
-- kinds: an interview's time, place and participants (and afterwards its minutes and the platform's commitments, a
-- ledger entry of their own), a fine's amount, a rectification order's actions and deadline.
CREATE TABLE enforcement_action (
    action_id            CHAR(36)       NOT NULL PRIMARY KEY,
    platform_id          VARCHAR(64)    NOT NULL,
    kind                 VARCHAR(32)    NOT NULL,
    decided_on           DATE           NOT NULL,
    legal_basis          VARCHAR(500)   NOT NULL,
    summary              LONGTEXT       NOT NULL,
    decided_by           VARCHAR(64)    NOT NULL,
    recorded_at          DATETIME(6)    NOT NULL,
    ledger_seq           BIGINT         NOT NULL,
    interview_at         DATETIME(6),
    interview_place      VARCHAR(200),
    interview_participants VARCHAR(2000),
    interview_minutes    LONGTEXT,
    interview_commitments LONGTEXT,
    interview_held_seq   BIGINT,
    fine_amount          DECIMAL(16, 2),
    required_actions     LONGTEXT,
    deadline             DATE,
    CONSTRAINT fk_enforcement_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_enforcement_platform ON enforcement_action (platform_id, decided_on);
CREATE INDEX ix_enforcement_decided ON enforcement_action (decided_on, kind);

-- A rectification order (限期整改) is a case: OPEN until the platform reports what it did (a signed rectification
-- report), then MONITORING while staff re-check (复查); CLOSED when they find it rectified, ESCALATED when they take
-- a further action instead. due_at is the end of the deadline's day in the jurisdiction's time zone.
CREATE TABLE rectification_case (
    case_id          CHAR(36)      NOT NULL PRIMARY KEY,
    platform_id      VARCHAR(64)   NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    due_at           DATETIME(6)   NOT NULL,
    notice_id        CHAR(36)      NOT NULL,
    reports          INT           NOT NULL,
    last_reported_at DATETIME(6),
    changed_at       DATETIME(6)   NOT NULL,
    changed_by       VARCHAR(64),
    CONSTRAINT fk_rectification_action FOREIGN KEY (case_id) REFERENCES enforcement_action (action_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_rectification_state ON rectification_case (state, due_at);
CREATE INDEX ix_rectification_platform ON rectification_case (platform_id, state);

-- What a rectification case rests on, and what the platform and staff said on it, in order: the platform's signed
-- reports (text and evidence hashes) and staff re-checks. Each is also a ledger entry (ledger_seq).
CREATE TABLE rectification_event (
    event_id     CHAR(36)      NOT NULL PRIMARY KEY,
    case_id      CHAR(36)      NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    at           DATETIME(6)   NOT NULL,
    by_whom      VARCHAR(200)  NOT NULL,
    text         LONGTEXT      NOT NULL,
    evidence     LONGTEXT,
    ledger_seq   BIGINT        NOT NULL,
    CONSTRAINT fk_rectification_event_case FOREIGN KEY (case_id) REFERENCES rectification_case (case_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_rectification_event_case ON rectification_event (case_id, at);

-- The flags and reports an action rests on.
CREATE TABLE enforcement_basis (
    action_id    CHAR(36)     NOT NULL,
    kind         VARCHAR(8)   NOT NULL,
    ref_id       CHAR(36)     NOT NULL,
    PRIMARY KEY (action_id, kind, ref_id),
    CONSTRAINT fk_enforcement_basis_action FOREIGN KEY (action_id) REFERENCES enforcement_action (action_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- What an overdue rectification suggests next, as data: the first step of the ladder not yet taken against the
-- platform since the order was decided (the 2021 opinions' 约谈, 警告, 暂停更新, 罚款 in rising order).
CREATE TABLE enforcement_ladder (
    step   INT          NOT NULL PRIMARY KEY,
    kind   VARCHAR(32)  NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO enforcement_ladder (step, kind) VALUES
    (1, 'INTERVIEW'),
    (2, 'WARNING'),
    (3, 'SUSPEND_UPDATES'),
    (4, 'FINE');

INSERT INTO gap_rule (rule, scope, scope_key, enabled, severity, threshold, second_threshold, periods) VALUES
    ('RECTIFICATION_OVERDUE', 'TIER', 'KEY',      TRUE, 'CRITICAL', NULL, NULL, NULL),
    ('RECTIFICATION_OVERDUE', 'TIER', 'STANDARD', TRUE, 'CRITICAL', NULL, NULL, NULL);
