-- Every table of the agent in utf8mb4 with a binary collation, whatever the database's default (MariaDB's is
-- latin1, which cannot hold the Chinese of notices and annual narratives). Tables created by later migrations say
-- the same in their CREATE TABLE (DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin). H2 accepts and ignores the
-- conversions. The outbox's foreign key is dropped while its column changes and then made again.
ALTER TABLE outbox DROP FOREIGN KEY fk_outbox_report;

ALTER TABLE report CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE outbox CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE obligation CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE incident_outbox CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE notice CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE notice_cursor CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

ALTER TABLE outbox ADD CONSTRAINT fk_outbox_report FOREIGN KEY (report_id) REFERENCES report (report_id);
