-- A key id names a key within its platform: two platforms may each have a key k1.
ALTER TABLE platform_key DROP PRIMARY KEY;
ALTER TABLE platform_key ADD PRIMARY KEY (platform_id, key_id);
