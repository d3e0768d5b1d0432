-- The language a call for ideas (title, description) and an official answer are written in, marked on the page
-- (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to be in their writer's chosen language, or English.
ALTER TABLE prop_space ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE prop_proposal ADD COLUMN answer_language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE prop_space SET language = 'cy'
    WHERE created_by IN (SELECT id FROM identity_account WHERE language = 'cy');
UPDATE prop_proposal SET answer_language = 'cy'
    WHERE answered_by IN (SELECT id FROM identity_account WHERE language = 'cy');
