-- The reporting obligations last fetched from the portal, so the agent keeps its schedule while the portal is away.
-- reporting_since is the first period the agent owes for the obligation: periods before it are not backfilled.
CREATE TABLE obligation (
    family          VARCHAR(16) NOT NULL PRIMARY KEY,
    cadence         VARCHAR(8)  NOT NULL,
    grace_seconds   BIGINT      NOT NULL,
    time_zone       VARCHAR(64) NOT NULL,
    reporting_since DATE        NOT NULL,
    fetched_at      DATETIME(6) NOT NULL
);

-- Catch-up looks up the periods of a family that already have a report.
CREATE INDEX ix_report_family_period ON report (family, period_start);
