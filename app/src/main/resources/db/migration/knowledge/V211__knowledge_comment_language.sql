-- The language a comment or reply on an entry is written in, so that the entry's page marks it as English or Welsh
-- (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to be in the author's chosen language, or English.
ALTER TABLE kb_comment ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE kb_comment SET language = 'cy'
    WHERE author_account IN (SELECT id FROM identity_account WHERE language = 'cy');
