-- A selected volunteer's own answer to the draw: accepted their place, or declined it and left the seat open
-- until the organisers draw a replacement.
ALTER TABLE sortition_volunteer ADD COLUMN accepted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sortition_volunteer ADD COLUMN seat_open BOOLEAN DEFAULT FALSE NOT NULL;
-- Whether the volunteer was told the outcome of the draw (by email, through their account).
ALTER TABLE sortition_volunteer ADD COLUMN notified BOOLEAN DEFAULT FALSE NOT NULL;
