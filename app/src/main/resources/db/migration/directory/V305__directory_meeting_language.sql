-- The language a group meeting's title and description are written in, so that the group's page marks them as
-- English or Welsh (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to be in the organiser's chosen
-- language, or English.
ALTER TABLE dir_group_meeting ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE dir_group_meeting SET language = 'cy'
    WHERE created_by IN (SELECT id FROM identity_account WHERE language = 'cy');
