-- Residents' project ideas and the reviewers' decision on each project (module budgeting).
-- Projects added by a facilitator are on the ballot as before: they count as feasible.
ALTER TABLE pb_project ADD COLUMN review VARCHAR(20) DEFAULT 'FEASIBLE' NOT NULL;
ALTER TABLE pb_project ADD COLUMN review_reason VARCHAR(2000);
ALTER TABLE pb_project ADD COLUMN proposer_id BIGINT;
CREATE INDEX pb_project_proposer_idx ON pb_project (proposer_id);
