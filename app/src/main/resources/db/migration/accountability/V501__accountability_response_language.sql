-- The language a response (what was done, and why not) is written in, so that the log marks it as English or
-- Welsh (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to be in the responder's chosen language, or
-- English.
ALTER TABLE acc_response ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE acc_response SET language = 'cy'
    WHERE responder_id IN (SELECT id FROM identity_account WHERE language = 'cy');
