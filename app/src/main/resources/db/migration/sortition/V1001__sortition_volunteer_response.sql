-- A selected volunteer's own answer to the draw: accepted their place, or declined it and left the seat open
-- until the organisers draw a replacement.
ALTER TABLE sortition_volunteer ADD COLUMN accepted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sortition_volunteer ADD COLUMN seat_open BOOLEAN DEFAULT FALSE NOT NULL;
