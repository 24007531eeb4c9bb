-- The filing status of one day reads the reports whose period holds it (period_start <= day <= period_end). For a
-- recent day the index by period_end finds them among few rows; for a day long past (the overview asks for the first
-- days of last quarter and last year) every report since ended after it, and this index by period_start finds the few
-- that started before it instead. The optimizer takes whichever range is smaller.
CREATE INDEX ix_report_version_period_start ON report_version (period_start, period_end);
