-- The language an organisation's description is written in, so that it is marked as English or Welsh on the page
-- (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to be in their registrar's chosen language, or
-- English (imported ones).
ALTER TABLE dir_organisation ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE dir_organisation SET language = 'cy'
    WHERE created_by IN (SELECT id FROM identity_account WHERE language = 'cy');
