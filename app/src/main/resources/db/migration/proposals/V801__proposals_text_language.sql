-- The language each proposal and comment is written in, so that its text is marked as English or Welsh on the
-- page (WCAG 2.2, 3.1.2 language of parts). Earlier texts are taken to be in their author's chosen language,
-- or English when the author is gone.
ALTER TABLE prop_proposal ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE prop_comment ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE prop_proposal SET language = 'cy'
    WHERE author_id IN (SELECT id FROM identity_account WHERE language = 'cy');
UPDATE prop_comment SET language = 'cy'
    WHERE author_id IN (SELECT id FROM identity_account WHERE language = 'cy');
