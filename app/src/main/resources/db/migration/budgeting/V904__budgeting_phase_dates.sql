-- The dates on which each phase of a process begins, set by a facilitator (module budgeting). Empty dates leave
-- the phase to be started by hand, as before.
ALTER TABLE pb_process ADD COLUMN proposals_from DATE;
ALTER TABLE pb_process ADD COLUMN review_from DATE;
ALTER TABLE pb_process ADD COLUMN voting_from DATE;
ALTER TABLE pb_process ADD COLUMN results_from DATE;
