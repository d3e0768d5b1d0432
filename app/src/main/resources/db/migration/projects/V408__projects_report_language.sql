-- The language a report version is written in, so that its text is marked as English or Welsh on the page and
-- in the PDF (WCAG 2.2, 3.1.2 language of parts); versions saved before are taken as English.
ALTER TABLE project_report_version ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
