-- A notice's audience is resolved once, when it is issued, into one row per platform it reaches. The long poll, the
-- acknowledgement and the ledger all use these rows, so a platform registered later is not addressed by it.
CREATE TABLE notice_recipient (
    notice_id   CHAR(36)    NOT NULL,
    platform_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (platform_id, notice_id)
);

-- Notices issued before: the platforms whose chains recorded them.
INSERT INTO notice_recipient (notice_id, platform_id)
SELECT n.notice_id, e.platform_id
FROM notice n
JOIN ledger_entry e ON e.entry_type = 'NOTICE_ISSUED' AND e.payload LIKE CONCAT('%"noticeId":"', n.notice_id, '"%');

-- Issuers take this row's lock before a notice gets its cursor_seq and keep it until they commit, so notices commit
-- in cursor order and a poller can never pass one that commits later with a smaller cursor.
CREATE TABLE notice_issue_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO notice_issue_lock (id) VALUES (1);
