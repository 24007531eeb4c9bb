-- Which report is current for each platform, family and period, and how amendments link them. Derived from the
-- ledger in the same transaction as each append; the ledger stays the record.
CREATE TABLE report_version (
    report_id         CHAR(36)      NOT NULL PRIMARY KEY,
    platform_id       VARCHAR(64)   NOT NULL,
    family            VARCHAR(16)   NOT NULL,
    period_start      DATE          NOT NULL,
    period_end        DATE          NOT NULL,
    cadence           VARCHAR(8)    NOT NULL,
    version           INT           NOT NULL,
    ledger_seq        BIGINT        NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    supersedes        CHAR(36),
    superseded_by     CHAR(36),
    amendment_reason  VARCHAR(2000),
    CONSTRAINT fk_report_version_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id)
);

CREATE INDEX ix_report_version_period ON report_version (platform_id, family, period_start, period_end);
