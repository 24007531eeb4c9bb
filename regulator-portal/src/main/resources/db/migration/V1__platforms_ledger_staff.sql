-- Written for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode alike.

CREATE TABLE platform (
    platform_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    jurisdiction   VARCHAR(16)  NOT NULL,
    tier           VARCHAR(16)  NOT NULL,
    contact_name   VARCHAR(200),
    contact_email  VARCHAR(200),
    contact_phone  VARCHAR(64),
    registered_at  DATETIME(6)  NOT NULL
);

CREATE TABLE platform_key (
    key_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    platform_id  VARCHAR(64)  NOT NULL,
    algorithm    VARCHAR(16)  NOT NULL,
    public_key   VARCHAR(512) NOT NULL,
    not_before   DATETIME(6)  NOT NULL,
    not_after    DATETIME(6),
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_platform_key_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id)
);

-- One row per platform: the head of its chain. Appends lock this row, so one platform's appends are serialised
-- while different platforms append in parallel.
CREATE TABLE ledger_head (
    platform_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    last_seq     BIGINT      NOT NULL,
    last_hash    CHAR(64)    NOT NULL,
    CONSTRAINT fk_ledger_head_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id)
);

CREATE TABLE ledger_entry (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    platform_id        VARCHAR(64) NOT NULL,
    seq                BIGINT      NOT NULL,
    entry_type         VARCHAR(32) NOT NULL,
    recorded_at        DATETIME(6) NOT NULL,
    payload            LONGTEXT    NOT NULL,
    payload_hash       CHAR(64)    NOT NULL,
    prev_hash          CHAR(64)    NOT NULL,
    entry_hash         CHAR(64)    NOT NULL,
    report_id          CHAR(36),
    key_id             VARCHAR(64),
    signed_timestamp   BIGINT,
    signature          VARCHAR(200),
    CONSTRAINT uq_ledger_entry_seq UNIQUE (platform_id, seq),
    CONSTRAINT uq_ledger_entry_report UNIQUE (report_id),
    CONSTRAINT fk_ledger_entry_platform FOREIGN KEY (platform_id) REFERENCES platform (platform_id)
);

CREATE TABLE staff_user (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(100) NOT NULL,
    jurisdiction   VARCHAR(16)  NOT NULL,
    roles          VARCHAR(100) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     DATETIME(6)  NOT NULL
);
