-- Where a ballot came from: cast online, entered by staff from a paper ballot (with the paper's reference, so
-- that no paper ballot is entered twice), or imported from a .pb file (module budgeting).
ALTER TABLE pb_ballot ADD COLUMN source VARCHAR(20) DEFAULT 'ONLINE' NOT NULL;
ALTER TABLE pb_ballot ADD COLUMN paper_reference VARCHAR(100);
ALTER TABLE pb_ballot ADD CONSTRAINT pb_ballot_paper_uk UNIQUE (process_id, paper_reference);
