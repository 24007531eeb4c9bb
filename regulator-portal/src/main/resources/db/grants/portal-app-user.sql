-- Production grants for the portal's application user on MySQL 8 / MariaDB.
--
-- Run as the schema owner, in the portal's schema (USE portal;), after the migrations have created the tables,
-- and again after any migration that adds a table. Choose the user, host and password first.
-- The application may read everything and append ledger entries and audit events, but may never change or delete
-- them; migrations run as the owner (SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD).

CREATE USER IF NOT EXISTS 'portal_app'@'%' IDENTIFIED BY 'change-me';

GRANT SELECT, INSERT ON ledger_entry TO 'portal_app'@'%';
GRANT SELECT, INSERT ON audit_event TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON ledger_head TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON platform TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON platform_key TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON staff_user TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON report_version TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON obligation_rule TO 'portal_app'@'%';
GRANT SELECT, INSERT ON notice TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON notice_recipient TO 'portal_app'@'%';
GRANT SELECT, UPDATE ON notice_issue_lock TO 'portal_app'@'%';
GRANT SELECT, INSERT, DELETE ON report_figures TO 'portal_app'@'%';
GRANT SELECT, INSERT ON reporting_period TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON gap_rule TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON flag TO 'portal_app'@'%';
GRANT SELECT, UPDATE ON gap_evaluation TO 'portal_app'@'%';
GRANT SELECT ON incident_clock TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON incident TO 'portal_app'@'%';
GRANT SELECT, INSERT ON incident_update TO 'portal_app'@'%';
GRANT SELECT ON reminder_schedule TO 'portal_app'@'%';
GRANT SELECT, INSERT ON reporting_reminder TO 'portal_app'@'%';
GRANT SELECT, INSERT, DELETE ON duty_contact TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE ON outbound_notification TO 'portal_app'@'%';
-- Quartz keeps the scheduled evaluation's state in its own tables and manages them itself.
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_JOB_DETAILS TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_TRIGGERS TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_SIMPLE_TRIGGERS TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_CRON_TRIGGERS TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_SIMPROP_TRIGGERS TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_BLOB_TRIGGERS TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_CALENDARS TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_PAUSED_TRIGGER_GRPS TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_FIRED_TRIGGERS TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_SCHEDULER_STATE TO 'portal_app'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON QRTZ_LOCKS TO 'portal_app'@'%';
GRANT SELECT ON flyway_schema_history TO 'portal_app'@'%';
