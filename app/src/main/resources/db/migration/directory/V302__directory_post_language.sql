-- The language each group thread, reply and announcement is written in, so that it is marked as English or Welsh
-- on the page (WCAG 2.2, 3.1.2 language of parts). Earlier posts are taken to be in their author's chosen language,
-- or English when the author is gone.
ALTER TABLE dir_group_post ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE dir_group_post SET language = 'cy'
    WHERE author_id IN (SELECT id FROM identity_account WHERE language = 'cy');
