-- The language a session's title, an answer to an exercise and an attendee's feedback are written in, so that
-- pages mark each text as English or Welsh (WCAG 2.2, 3.1.2 language of parts; an event's own title and
-- description are held in both languages already). Earlier ones are taken to be in the writer's chosen language
-- (the organiser's for a session), or English.
alter table ev_session add column language varchar(8) default 'en' not null;
alter table ev_answer add column language varchar(8) default 'en' not null;
alter table ev_feedback add column language varchar(8) default 'en' not null;
update ev_session set language = 'cy'
    where event_id in (select e.id from ev_event e join identity_account a on a.id = e.organiser_id
        where a.language = 'cy');
update ev_answer set language = 'cy'
    where author_id in (select id from identity_account where language = 'cy');
update ev_feedback set language = 'cy'
    where author_id in (select id from identity_account where language = 'cy');
