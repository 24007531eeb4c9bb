-- Rectification orders (限期整改) the regulator sent, as their RECTIFICATION_ORDER notices named them (the case is the
-- notice's reference), and the platform's signed reports on them, queued for the portal on their own route. The
-- payload is the exact JSON sent; the delivery columns are those of outbox.
CREATE TABLE rectification_case (
    case_id       CHAR(36)      NOT NULL PRIMARY KEY,
    notice_id     CHAR(36)      NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    body          LONGTEXT      NOT NULL,
    received_at   DATETIME(6)   NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE rectification_outbox (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id   CHAR(36)      NOT NULL,
    case_id       CHAR(36)      NOT NULL,
    path          VARCHAR(200)  NOT NULL,
    payload       LONGTEXT      NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    attempts      INT           NOT NULL,
    last_error    VARCHAR(1000),
    http_status   INT,
    problem       LONGTEXT,
    receipt       LONGTEXT,
    ledger_seq    BIGINT,
    created_at    DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6),
    CONSTRAINT uq_rectification_outbox_document UNIQUE (document_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_rectification_outbox_status ON rectification_outbox (status, id);
