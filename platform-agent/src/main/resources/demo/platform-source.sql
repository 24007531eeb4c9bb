-- The demo platform's own systems, as tables in the agent's database: the sources of the demo profile and of the agent's tests.
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

-- The demo platform's moderation log, HR roster and daily business figures (TAKEDOWNS and STAFFING sources).
CREATE TABLE IF NOT EXISTS demo_moderation_action (
    action_id          VARCHAR(40) NOT NULL PRIMARY KEY,
    action_type        VARCHAR(32) NOT NULL,
    actioned_at        DATETIME(6),
    category           VARCHAR(40),
    source             VARCHAR(32),
    measure            VARCHAR(32),
    automated          BOOLEAN     NOT NULL,
    account_action     VARCHAR(32),
    livestreamer       BOOLEAN     NOT NULL,
    order_received_at  DATETIME(6)
);

CREATE TABLE IF NOT EXISTS demo_staff (
    staff_id        VARCHAR(40)   NOT NULL PRIMARY KEY,
    role            VARCHAR(16)   NOT NULL,
    employment      VARCHAR(16)   NOT NULL,
    fte             DECIMAL(3, 2) NOT NULL,
    joined_on       DATE          NOT NULL,
    left_on         DATE,
    licensed_news   BOOLEAN       NOT NULL,
    chief_editor    BOOLEAN       NOT NULL,
    training_hours  DECIMAL(6, 2) NOT NULL,
    blacklisted_on  DATE
);

CREATE TABLE IF NOT EXISTS demo_daily_scale (
    scale_day          DATE   NOT NULL PRIMARY KEY,
    active_users       BIGINT NOT NULL,
    new_content_items  BIGINT NOT NULL
);
