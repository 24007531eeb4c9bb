-- When the last evaluation over every platform that finished began: the next one looks for periods that fell due
-- without a report (MISSING) and for late reports (LATE) at least that far back, so an outage of the portal hides
-- nothing. NULL until the first one finishes, which looks at the whole window.
CREATE TABLE gap_evaluation (
    id              INT         NOT NULL PRIMARY KEY,
    last_started_at DATETIME(6)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO gap_evaluation (id, last_started_at) VALUES (1, NULL);
