-- The LATE rule reads the first versions accepted recently (recorded_at from the start of the evaluation's recent
-- slice) without reading each platform's whole history; the index holds every column it reads, so no row is fetched.
CREATE INDEX ix_report_version_recorded
    ON report_version (recorded_at, version, platform_id, family, period_start, period_end);
