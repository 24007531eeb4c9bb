-- The demo platform's ticket table: the complaint source of the demo profile and of the agent's tests.
CREATE TABLE IF NOT EXISTS demo_complaint (
    complaint_id     VARCHAR(40) NOT NULL PRIMARY KEY,
    received_at      DATETIME(6) NOT NULL,
    channel          VARCHAR(32) NOT NULL,
    category         VARCHAR(40) NOT NULL,
    closed_at        DATETIME(6),
    outcome          VARCHAR(32),
    feedback_given   BOOLEAN     NOT NULL,
    clearly_illegal  BOOLEAN     NOT NULL,
    appealed         BOOLEAN     NOT NULL,
    appeal_upheld    BOOLEAN     NOT NULL
);
