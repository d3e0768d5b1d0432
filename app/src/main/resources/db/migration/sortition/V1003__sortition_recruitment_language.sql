-- The language a recruitment's title and invitation are written in, so that pages mark them as English or Welsh
-- (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to be in the organiser's chosen language, or
-- English.
ALTER TABLE sortition_recruitment ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE sortition_recruitment SET language = 'cy'
    WHERE organiser_id IN (SELECT id FROM identity_account WHERE language = 'cy');
