-- The agent's checks of its receipts against the portal's chain and signed checkpoint: each check's verdict (INTACT,
-- MISMATCH, or UNCHECKED when the portal could not be asked) and what it found; and the portal's checkpoint key as
-- first seen, so a checkpoint signed by another key is a mismatch too.
CREATE TABLE ledger_check (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    checked_at      DATETIME(6)   NOT NULL,
    verdict         VARCHAR(16)   NOT NULL,
    entries         BIGINT        NOT NULL,
    receipts        BIGINT        NOT NULL,
    checkpoint_seq  BIGINT,
    problem         VARCHAR(2000)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE portal_key (
    id              INT           NOT NULL PRIMARY KEY,
    public_key      VARCHAR(200)  NOT NULL,
    first_seen_at   DATETIME(6)   NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
