-- The regulator's notices as received by the long poll, and how far each was handled: acknowledged to the portal,
-- forwarded to the platform's webhook and by e-mail. notice_cursor holds the portal's cursor (one row).
CREATE TABLE notice (
    notice_id        CHAR(36)      NOT NULL PRIMARY KEY,
    cursor_seq       BIGINT        NOT NULL,
    payload          LONGTEXT      NOT NULL,
    received_at      DATETIME(6)   NOT NULL,
    acknowledged_at  DATETIME(6),
    webhook_at       DATETIME(6),
    emailed_at       DATETIME(6),
    last_error       VARCHAR(1000)
);

CREATE TABLE notice_cursor (
    id          INT     NOT NULL PRIMARY KEY,
    cursor_seq  BIGINT  NOT NULL
);

INSERT INTO notice_cursor (id, cursor_seq) VALUES (1, 0);
