ALTER TABLE staff_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE staff_user ADD COLUMN locked_until DATETIME(6);

ALTER TABLE platform_key ADD COLUMN revoked_at DATETIME(6);

-- Who did or read what: every staff read of a ledger and every change. Insert-only for the application.
CREATE TABLE audit_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)  NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    target        VARCHAR(128) NOT NULL,
    jurisdiction  VARCHAR(16)  NOT NULL,
    detail        VARCHAR(1000)
);

CREATE INDEX ix_audit_event_jurisdiction ON audit_event (jurisdiction, id);
