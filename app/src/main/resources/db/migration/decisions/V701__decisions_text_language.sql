-- The language a decision (title, details, options) and its outcome statement are written in, so that the text
-- is marked as English or Welsh on the page (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to be in
-- the facilitator's chosen language, or English.
ALTER TABLE decisions_decision ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE decisions_decision ADD COLUMN outcome_language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE decisions_decision SET language = 'cy', outcome_language = 'cy'
    WHERE facilitator_id IN (SELECT id FROM identity_account WHERE language = 'cy');
