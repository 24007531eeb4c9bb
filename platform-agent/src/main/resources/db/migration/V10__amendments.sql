-- Why a delivered report is being amended ('agent amend'): kept here, not in Spring Batch's job parameters (whose
-- tables Spring Boot creates in the database's default character set), and read when the amendment is computed.
CREATE TABLE amendment (
    amends        CHAR(36)       NOT NULL PRIMARY KEY,
    reason        VARCHAR(2000)  NOT NULL,
    requested_at  DATETIME(6)    NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
