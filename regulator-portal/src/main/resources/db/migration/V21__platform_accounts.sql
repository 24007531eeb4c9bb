-- A platform's own accounts (its compliance officers) sign in to a read-only view of their own platform: the same
-- accounts table, with the platform they belong to and the single role PLATFORM. Staff accounts have none.
ALTER TABLE staff_user ADD COLUMN platform_id VARCHAR(64);
