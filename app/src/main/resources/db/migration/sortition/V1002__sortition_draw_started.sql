-- When a draw started and the status it started from, so that a draw cut short by a crash can be put back
-- (the recruitment would otherwise stay "being drawn" for ever).
ALTER TABLE sortition_recruitment ADD COLUMN draw_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sortition_recruitment ADD COLUMN status_before_draw VARCHAR(20);
