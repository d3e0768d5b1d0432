-- The language a conversation (title, question, seed statements) and each statement is written in, so that the
-- text is marked as English or Welsh on the page (WCAG 2.2, 3.1.2 language of parts). Earlier texts are taken to
-- be in their author's chosen language, or English when the author is gone.
ALTER TABLE conv_conversation ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE conv_statement ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE conv_conversation SET language = 'cy'
    WHERE facilitator_id IN (SELECT id FROM identity_account WHERE language = 'cy');
UPDATE conv_statement SET language = 'cy'
    WHERE author_id IN (SELECT id FROM identity_account WHERE language = 'cy');
