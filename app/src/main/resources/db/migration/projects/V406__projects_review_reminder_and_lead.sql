-- The review date each project's members were last reminded of, so that each review is announced once; and a
-- flag for administrators when a project lost its last co-lead and nobody could take over (module projects).
ALTER TABLE project_project ADD COLUMN review_reminded_for DATE;
ALTER TABLE project_project ADD COLUMN needs_lead BOOLEAN DEFAULT FALSE NOT NULL;
