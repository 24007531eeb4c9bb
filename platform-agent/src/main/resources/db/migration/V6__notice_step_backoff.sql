-- A notice step that fails waits before it is tried again, longer after each failure (attempts, retry_at); an
-- acknowledgement the portal refuses for good (e.g. 404: not a notice for this platform) ends with its reason.
ALTER TABLE notice ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE notice ADD COLUMN retry_at DATETIME(6);
ALTER TABLE notice ADD COLUMN acknowledge_refused VARCHAR(1000);
