-- Sign-in with the municipality's identity provider (module: team): the person's id there, when the account is not
-- matched by its username (for instance Entra ID's object id, or an e-mail-shaped user principal name)
alter table account add column external_id varchar(255);

create unique index account_external_id_key on account (lower(external_id)) where external_id is not null;
