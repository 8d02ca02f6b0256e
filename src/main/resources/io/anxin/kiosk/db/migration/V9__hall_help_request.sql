-- A kiosk that got no answer to a help call asks again with the same request id and gets the same call,
-- never a second one (and never none while the node holds one).
ALTER TABLE hall_help ADD COLUMN request_id VARCHAR(160);
ALTER TABLE hall_help ADD CONSTRAINT hall_help_request_unique UNIQUE (request_id);
