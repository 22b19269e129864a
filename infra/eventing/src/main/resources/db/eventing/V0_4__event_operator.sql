-- Who decided an event: the signed-in user of the HTTP command (issue 11), null where the system or another
-- event did. Usernames of the local realm and OIDC's preferred_username fit in 200 characters.
alter table event_store add column operator varchar(200);
