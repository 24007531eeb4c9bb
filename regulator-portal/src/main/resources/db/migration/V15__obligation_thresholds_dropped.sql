-- The thresholds a platform's figures are held to are the gap rules (gap_rule, V10), typed and overridable per
-- jurisdiction and platform; the JSON string each obligation carried was read by nothing.
ALTER TABLE obligation_rule DROP COLUMN thresholds;
