-- Ballot types beside approval (module budgeting): knapsack (projects within the heading's budget), cumulative
-- points and ranking. A choice carries its points (cumulative) or its rank (ranking); approval choices carry 1.
ALTER TABLE pb_process ADD COLUMN ballot_type VARCHAR(20) DEFAULT 'APPROVAL' NOT NULL;
ALTER TABLE pb_process ADD COLUMN points_total INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE pb_process ADD COLUMN points_per_project INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE pb_ballot_choice ADD COLUMN points INTEGER DEFAULT 1 NOT NULL;
