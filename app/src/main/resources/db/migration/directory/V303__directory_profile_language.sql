-- The language a profile's interests and bio are written in, so that they are marked as English or Welsh on the page
-- (WCAG 2.2, 3.1.2 language of parts). Earlier profiles are taken to be in their owner's chosen language.
ALTER TABLE dir_profile ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE dir_profile SET language = 'cy'
    WHERE account_id IN (SELECT id FROM identity_account WHERE language = 'cy');
