-- Every table in utf8mb4 with a binary collation, whatever the server's or the database's default (MariaDB's is
-- latin1, which cannot hold Chinese): text is stored and compared exactly, code point by code point, as a ledger
-- wants, and ids and key ids never match case-insensitively. Tables created by later migrations say the same in
-- their CREATE TABLE (DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin). H2 accepts and ignores the conversions.
-- The foreign keys on platform_id are dropped while their columns change and then made again.
ALTER TABLE platform_key DROP FOREIGN KEY fk_platform_key_platform;
ALTER TABLE ledger_head DROP FOREIGN KEY fk_ledger_head_platform;
ALTER TABLE ledger_entry DROP FOREIGN KEY fk_ledger_entry_platform;
ALTER TABLE report_version DROP FOREIGN KEY fk_report_version_platform;

ALTER TABLE platform CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE platform_key CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ledger_head CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ledger_entry CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE staff_user CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE audit_event CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE report_version CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE obligation_rule CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE notice CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE notice_recipient CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE notice_issue_lock CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

ALTER TABLE platform_key ADD CONSTRAINT fk_platform_key_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id);
ALTER TABLE ledger_head ADD CONSTRAINT fk_ledger_head_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id);
ALTER TABLE ledger_entry ADD CONSTRAINT fk_ledger_entry_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id);
ALTER TABLE report_version ADD CONSTRAINT fk_report_version_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id);
