-- The filing status of one day reads the reports whose period holds it (period_start <= day <= period_end), often of
-- one cadence (the overview asks for the latest period of each cadence). For a recent day the index by period_end
-- finds them among few entries; for a day long past (the first days of last quarter and last year) every report since
-- ended after it, and the index by period_start finds the few that started before it instead: the optimizer takes the
-- smaller range. Both carry the cadence, so reports of other cadences are passed over in the index.
DROP INDEX ix_report_version_period_end ON report_version;
CREATE INDEX ix_report_version_period_end ON report_version (period_end, period_start, cadence);
CREATE INDEX ix_report_version_period_start ON report_version (period_start, period_end, cadence);
-- Waived MISSING flags excuse their periods in the filing status, read for every day or range asked; few flags are
-- waived, so they are found by rule and state instead of by reading every flag.
CREATE INDEX ix_flag_rule_state ON flag (rule, state, period_end);
