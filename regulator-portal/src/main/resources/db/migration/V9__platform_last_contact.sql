-- When each platform's agent last made an authenticated call (any signed request, the notice long poll too), so
-- "reported nothing" and "agent silent" are told apart. Written at most once a minute per platform and instance.
ALTER TABLE platform ADD COLUMN last_contact_at DATETIME(6) NULL;
