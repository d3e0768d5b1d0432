-- Notices to registrants go through their account (identity), so events no longer keeps a copy of their address.
ALTER TABLE ev_registration DROP COLUMN email;
