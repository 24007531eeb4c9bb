-- Two acknowledgements, kept apart: the agent's automatic receipt to the portal (delivered_at; refused for good:
-- delivery_refused), and a named person at the platform acknowledging the notice with an optional reply, recorded
-- here first (acknowledged_by, acknowledged_at, reply, and the exact signed body to send, acknowledgement) and then
-- sent to the portal (acknowledgement_sent_at; refused for good: acknowledgement_refused).
ALTER TABLE notice RENAME COLUMN acknowledged_at TO delivered_at;
ALTER TABLE notice RENAME COLUMN acknowledge_refused TO delivery_refused;
ALTER TABLE notice ADD COLUMN acknowledged_by VARCHAR(100);
ALTER TABLE notice ADD COLUMN acknowledged_at DATETIME(6);
ALTER TABLE notice ADD COLUMN reply LONGTEXT;
ALTER TABLE notice ADD COLUMN acknowledgement LONGTEXT;
ALTER TABLE notice ADD COLUMN acknowledgement_sent_at DATETIME(6);
ALTER TABLE notice ADD COLUMN acknowledgement_refused VARCHAR(1000);

-- The regulator's acknowledgement of an incident, from the notice that told the agent (kind INCIDENT_ACKNOWLEDGED).
ALTER TABLE incident_outbox ADD COLUMN acknowledged_at DATETIME(6);
ALTER TABLE incident_outbox ADD COLUMN acknowledged_by VARCHAR(16);
ALTER TABLE incident_outbox ADD COLUMN acknowledgement LONGTEXT;
