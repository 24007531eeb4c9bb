-- The agent's own state. Written for MySQL 8 / MariaDB and H2 in MySQL mode alike.
-- Spring Batch's tables are created by Spring Boot (spring.batch.jdbc.initialize-schema).

-- Every report the agent computed, as it will be (or was) sent: the canonical JSON is fixed at creation.
CREATE TABLE report (
    report_id     CHAR(36)    NOT NULL PRIMARY KEY,
    family        VARCHAR(16) NOT NULL,
    period_start  DATE        NOT NULL,
    period_end    DATE        NOT NULL,
    payload       LONGTEXT    NOT NULL,
    created_at    DATETIME(6) NOT NULL
);

-- Delivery state, written in the same transaction as the report. PENDING -> DELIVERED (a 2xx receipt is stored)
-- or REJECTED (the portal refused it for good; the problem is kept).
CREATE TABLE outbox (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id     CHAR(36)      NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    attempts      INT           NOT NULL,
    last_error    VARCHAR(1000),
    http_status   INT,
    problem       LONGTEXT,
    receipt       LONGTEXT,
    ledger_seq    BIGINT,
    created_at    DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6),
    CONSTRAINT uq_outbox_report UNIQUE (report_id),
    CONSTRAINT fk_outbox_report FOREIGN KEY (report_id) REFERENCES report (report_id)
);

CREATE INDEX ix_outbox_status ON outbox (status, id);
