-- The figures the gap rules read: the current report of each platform, family and period, one typed column per
-- figure a rule looks at. Written in the same transaction as the ledger append (an amendment replaces its period's
-- row) and rebuilt from the ledger by the admin command rebuild-figures; the ledger stays the record.
CREATE TABLE report_figures (
    platform_id           VARCHAR(64)   NOT NULL,
    family                VARCHAR(16)   NOT NULL,
    period_start          DATE          NOT NULL,
    period_end            DATE          NOT NULL,
    report_id             CHAR(36)      NOT NULL,
    complaints_received   BIGINT,
    complaints_handled    BIGINT,
    handled_within_sla    BIGINT,
    feedback_given        BIGINT,
    backlog_at_end        BIGINT,
    items_actioned        BIGINT,
    reviewers_fte         DECIMAL(12, 2),
    reviewers_headcount   BIGINT,
    daily_active_users    BIGINT,
    content_items_per_day BIGINT,
    PRIMARY KEY (platform_id, family, period_start, period_end)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The jurisdiction's calendar periods as instants, so SQL can say when a period ended and whether a platform owed it
-- without time-zone arithmetic: ends_at is the next period's start, next_ends_at the end of the period after, and a
-- platform owes a period when it was registered before next_ends_at (the period that had ended last at registration
-- is owed, as the agent reports it on its first start). Filled by the evaluation for the periods it looks at.
CREATE TABLE reporting_period (
    cadence       VARCHAR(8)  NOT NULL,
    period_start  DATE        NOT NULL,
    period_end    DATE        NOT NULL,
    starts_at     DATETIME(6) NOT NULL,
    ends_at       DATETIME(6) NOT NULL,
    next_ends_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (cadence, period_start)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Gap rules (问题线索) as data. A TIER row holds every setting of a rule for the tier; a JURISDICTION row (scope_key
-- the jurisdiction code) or a PLATFORM row (scope_key the platform id) overrides the settings it does not leave
-- NULL. What threshold, second_threshold and periods mean is rule by rule (docs/gap-rules.md).
CREATE TABLE gap_rule (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule              VARCHAR(32)   NOT NULL,
    scope             VARCHAR(16)   NOT NULL,
    scope_key         VARCHAR(64)   NOT NULL,
    enabled           BOOLEAN,
    severity          VARCHAR(16),
    threshold         DECIMAL(19, 4),
    second_threshold  DECIMAL(19, 4),
    periods           INT,
    CONSTRAINT uq_gap_rule UNIQUE (rule, scope, scope_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO gap_rule (rule, scope, scope_key, enabled, severity, threshold, second_threshold, periods) VALUES
    ('MISSING',                'TIER', 'KEY',      TRUE, 'WARNING',  NULL,   NULL, NULL),
    ('MISSING',                'TIER', 'STANDARD', TRUE, 'WARNING',  NULL,   NULL, NULL),
    ('LATE',                   'TIER', 'KEY',      TRUE, 'INFO',     NULL,   NULL, NULL),
    ('LATE',                   'TIER', 'STANDARD', TRUE, 'INFO',     NULL,   NULL, NULL),
    ('ANNUAL_MISSING',         'TIER', 'KEY',      TRUE, 'CRITICAL', NULL,   NULL, NULL),
    ('ANNUAL_MISSING',         'TIER', 'STANDARD', TRUE, 'WARNING',  NULL,   NULL, NULL),
    ('AGENT_SILENT',           'TIER', 'KEY',      TRUE, 'WARNING',  24,     NULL, NULL),
    ('AGENT_SILENT',           'TIER', 'STANDARD', TRUE, 'WARNING',  72,     NULL, NULL),
    ('UNDERSTAFFED',           'TIER', 'KEY',      TRUE, 'CRITICAL', 10,     2,    NULL),
    ('UNDERSTAFFED',           'TIER', 'STANDARD', TRUE, 'WARNING',  5,      1,    NULL),
    ('STAFF_DECLINE',          'TIER', 'KEY',      TRUE, 'WARNING',  0.10,   NULL, 2),
    ('STAFF_DECLINE',          'TIER', 'STANDARD', TRUE, 'WARNING',  0.20,   NULL, 2),
    ('SLA_SHARE_LOW',          'TIER', 'KEY',      TRUE, 'WARNING',  0.95,   NULL, NULL),
    ('SLA_SHARE_LOW',          'TIER', 'STANDARD', TRUE, 'WARNING',  0.90,   NULL, NULL),
    ('FEEDBACK_LOW',           'TIER', 'KEY',      TRUE, 'WARNING',  0.90,   NULL, NULL),
    ('FEEDBACK_LOW',           'TIER', 'STANDARD', TRUE, 'INFO',     0.80,   NULL, NULL),
    ('BACKLOG_GROWING',        'TIER', 'KEY',      TRUE, 'WARNING',  NULL,   NULL, 3),
    ('BACKLOG_GROWING',        'TIER', 'STANDARD', TRUE, 'WARNING',  NULL,   NULL, 3),
    ('TAKEDOWNS_INCONSISTENT', 'TIER', 'KEY',      TRUE, 'WARNING',  NULL,   NULL, 3),
    ('TAKEDOWNS_INCONSISTENT', 'TIER', 'STANDARD', TRUE, 'INFO',     NULL,   NULL, 3),
    ('TAKEDOWNS_ALL_ZERO',     'TIER', 'KEY',      TRUE, 'WARNING',  NULL,   NULL, 3),
    ('TAKEDOWNS_ALL_ZERO',     'TIER', 'STANDARD', TRUE, 'WARNING',  NULL,   NULL, 3),
    ('ANOMALY',                'TIER', 'KEY',      TRUE, 'WARNING',  0.50,   NULL, 7),
    ('ANOMALY',                'TIER', 'STANDARD', TRUE, 'INFO',     0.50,   NULL, 4);

-- Flags (问题线索): one per cause. cause_key is the rule's subject (a family and period, or the agent) while the flag
-- is not RESOLVED and NULL after, so a re-evaluation never opens a second flag for a cause that is still open, and a
-- cause that comes back after being resolved opens a new one. Every transition is also a ledger entry.
CREATE TABLE flag (
    flag_id       CHAR(36)      NOT NULL PRIMARY KEY,
    platform_id   VARCHAR(64)   NOT NULL,
    rule          VARCHAR(32)   NOT NULL,
    subject       VARCHAR(100)  NOT NULL,
    family        VARCHAR(16),
    period_start  DATE,
    period_end    DATE,
    cause_key     VARCHAR(100),
    severity      VARCHAR(16)   NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    detail        VARCHAR(500)  NOT NULL,
    opened_at     DATETIME(6)   NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    changed_by    VARCHAR(64)   NOT NULL,
    note          VARCHAR(2000),
    waived_until  DATETIME(6),
    CONSTRAINT uq_flag_cause UNIQUE (platform_id, rule, cause_key),
    CONSTRAINT fk_flag_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_flag_state ON flag (state, rule);
