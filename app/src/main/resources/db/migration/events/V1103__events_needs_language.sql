-- The language a registrant's access and dietary needs are written in, so that the organisers' list marks them
-- as English or Welsh (WCAG 2.2, 3.1.2 language of parts). Earlier ones are taken to be in the registrant's
-- chosen language, or English.
alter table ev_registration add column needs_language varchar(8) default 'en' not null;
update ev_registration set needs_language = 'cy'
    where account_id in (select id from identity_account where language = 'cy');
