-- The language a local group's theme and description are written in, so that they are marked as English or Welsh
-- on the page (WCAG 2.2, 3.1.2 language of parts). Groups keep no creator, so earlier ones are taken as English.
ALTER TABLE dir_group ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
