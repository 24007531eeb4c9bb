-- Reporting obligations as data: one rule per tier and family (scope TIER), overridden per platform (scope PLATFORM).
-- Thresholds are a JSON object of named numbers, e.g. {"minShareHandledWithinSla": 0.95}.
CREATE TABLE obligation_rule (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope          VARCHAR(16)  NOT NULL,
    scope_key      VARCHAR(64)  NOT NULL,
    family         VARCHAR(16)  NOT NULL,
    cadence        VARCHAR(8)   NOT NULL,
    grace_hours    INT          NOT NULL,
    thresholds     VARCHAR(2000) NOT NULL,
    CONSTRAINT uq_obligation_rule UNIQUE (scope, scope_key, family)
);

-- Key platforms (重点平台) report more often and are held to stricter thresholds.
INSERT INTO obligation_rule (scope, scope_key, family, cadence, grace_hours, thresholds) VALUES
    ('TIER', 'KEY', 'COMPLAINTS', 'DAY', 24, '{"minShareHandledWithinSla":0.95,"minFeedbackShare":0.90,"maxP90HoursToResolution":48}'),
    ('TIER', 'KEY', 'TAKEDOWNS', 'DAY', 24, '{"maxMedianHoursToExecuteOrder":24}'),
    ('TIER', 'KEY', 'STAFFING', 'MONTH', 120, '{"minReviewersPer100kDau":10,"maxReviewerDeclineShare":0.10}'),
    ('TIER', 'KEY', 'ANNUAL', 'YEAR', 744, '{}'),
    ('TIER', 'STANDARD', 'COMPLAINTS', 'WEEK', 48, '{"minShareHandledWithinSla":0.90,"minFeedbackShare":0.80,"maxP90HoursToResolution":96}'),
    ('TIER', 'STANDARD', 'TAKEDOWNS', 'WEEK', 48, '{"maxMedianHoursToExecuteOrder":48}'),
    ('TIER', 'STANDARD', 'STAFFING', 'QUARTER', 240, '{"minReviewersPer100kDau":5,"maxReviewerDeclineShare":0.20}'),
    ('TIER', 'STANDARD', 'ANNUAL', 'YEAR', 744, '{}');
