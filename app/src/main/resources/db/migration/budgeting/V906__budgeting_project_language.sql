-- The language a project's title and description are written in, so that they are marked as English or Welsh on
-- the page and the paper ballot (WCAG 2.2, 3.1.2 language of parts). Residents' earlier ideas are taken to be in
-- their chosen language; facilitators' and imported projects in English.
ALTER TABLE pb_project ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE pb_project SET language = 'cy'
    WHERE proposer_id IN (SELECT id FROM identity_account WHERE language = 'cy');
