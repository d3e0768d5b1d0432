-- The language a vote's reason, an objection and the response to it are written in, so that pages mark each
-- text as English or Welsh (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to be in the writer's
-- chosen language (the voter's or objector's; the facilitator's for a response), or English.
ALTER TABLE decisions_vote ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE decisions_objection ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE decisions_objection ADD COLUMN response_language VARCHAR(8) DEFAULT 'en' NOT NULL;
UPDATE decisions_vote SET language = 'cy'
    WHERE voter_id IN (SELECT id FROM identity_account WHERE language = 'cy');
UPDATE decisions_objection SET language = 'cy'
    WHERE objector_id IN (SELECT id FROM identity_account WHERE language = 'cy');
UPDATE decisions_objection SET response_language = 'cy'
    WHERE decision_id IN (SELECT d.id FROM decisions_decision d
        JOIN identity_account a ON a.id = d.facilitator_id WHERE a.language = 'cy');
