-- Major incidents and their updates, as raised by platform staff, queued for the portal ahead of routine reports
-- (their own delivery route). The payload is the exact JSON sent; the delivery columns are those of outbox.
CREATE TABLE incident_outbox (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id   CHAR(36)      NOT NULL,
    incident_id   CHAR(36)      NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
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
    CONSTRAINT uq_incident_outbox_document UNIQUE (document_id)
);

CREATE INDEX ix_incident_outbox_status ON incident_outbox (status, id);
