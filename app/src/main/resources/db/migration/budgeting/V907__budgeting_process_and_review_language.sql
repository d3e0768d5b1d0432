-- The language a process's name and description and the reviewers' reason on a project are written in, so that
-- they are marked as English or Welsh on the page (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to
-- be in the organiser's chosen language, or English.
ALTER TABLE pb_process ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE pb_project ADD COLUMN review_language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE pb_process SET language = 'cy'
    WHERE organiser_id IN (SELECT id FROM identity_account WHERE language = 'cy');
UPDATE pb_project SET review_language = 'cy'
    WHERE process_id IN (SELECT id FROM pb_process WHERE language = 'cy');
