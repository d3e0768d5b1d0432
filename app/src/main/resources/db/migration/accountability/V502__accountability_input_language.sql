-- The language an input's excerpt is written in, as its tool says, so that the log marks it as English or Welsh
-- (WCAG 2.2, 3.1.2 language of parts). Left empty when the tool does not say, and for input recorded before.
ALTER TABLE acc_input ADD COLUMN language VARCHAR(8);
