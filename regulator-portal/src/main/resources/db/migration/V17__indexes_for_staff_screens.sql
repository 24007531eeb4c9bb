-- What the staff's screens read most, without scanning whole tables.
-- The filing status reads the reported periods that overlap a date range (period_end >= from AND period_start <= to);
-- without an index on period_end that is a scan of every version ever accepted, whatever the range.
CREATE INDEX ix_report_version_period_end ON report_version (period_end, period_start);
-- Flags are counted by platform, state and rule (the tabs and badges), from the index alone.
CREATE INDEX ix_flag_platform_state ON flag (platform_id, state, rule);
-- A page of flags is the newest first.
CREATE INDEX ix_flag_opened ON flag (opened_at);
