-- A stakeholder may be an organisation in the directory: its id there, read through the directory's facade
-- (no foreign key across modules) (module projects).
ALTER TABLE project_stakeholder ADD COLUMN organisation_id BIGINT;
