-- A platform's moderation log, HR roster and business figures, as JdbcSourcesIT reads them.
CREATE TABLE moderation_log (
    id             VARCHAR(40) NOT NULL PRIMARY KEY,
    kind           VARCHAR(32) NOT NULL,
    at_time        DATETIME(6),
    category       VARCHAR(40),
    origin         VARCHAR(32),
    measure        VARCHAR(32),
    by_machine     BOOLEAN NOT NULL DEFAULT FALSE,
    account_action VARCHAR(32),
    livestreamer   BOOLEAN NOT NULL DEFAULT FALSE,
    order_received DATETIME(6)
);
CREATE TABLE hr_roster (
    employee_no  VARCHAR(40) NOT NULL PRIMARY KEY,
    role         VARCHAR(32) NOT NULL,
    employment   VARCHAR(16) NOT NULL,
    fte          DECIMAL(4, 2) NOT NULL,
    joined_on    DATE NOT NULL,
    left_on      DATE,
    licensed     BOOLEAN NOT NULL DEFAULT FALSE,
    chief_editor BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE hr_training (
    employee_no VARCHAR(40) NOT NULL,
    held_on     DATE NOT NULL,
    hours       DECIMAL(6, 2) NOT NULL
);
CREATE TABLE daily_figures (
    day         DATE NOT NULL PRIMARY KEY,
    dau         BIGINT NOT NULL,
    new_items   BIGINT NOT NULL
);
