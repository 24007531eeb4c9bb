-- Regulator notices to platforms. cursor_seq orders them for the agents' long poll (GET /api/v1/notices?after=).
-- Issuing and acknowledging are ledger entries (NOTICE_ISSUED, NOTICE_ACKNOWLEDGED) in each addressed platform's chain.
CREATE TABLE notice (
    cursor_seq      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id       CHAR(36)     NOT NULL,
    issued_by       VARCHAR(16)  NOT NULL,
    audience        VARCHAR(16)  NOT NULL,
    platform_id     VARCHAR(64),
    tier            VARCHAR(16),
    severity        VARCHAR(16)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    body            LONGTEXT     NOT NULL,
    action_required BOOLEAN      NOT NULL,
    respond_by      DATETIME(6),
    issued_at       DATETIME(6)  NOT NULL,
    issued_by_user  VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_notice_id UNIQUE (notice_id)
);
