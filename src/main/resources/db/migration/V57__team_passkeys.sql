-- Passkeys (module: team, ADR 0032): the tables of Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository, with their column names, made here rather than from Spring's schema file.

-- The WebAuthn user handle of an account: name is the account's username (the name Spring Security signs in with)
create table user_entities (
    id           varchar(1000) primary key,
    name         varchar(100)  not null unique,
    display_name varchar(200)
);

-- One passkey: its public key, the signature counter and the name the person gave it (label)
create table user_credentials (
    credential_id                varchar(1000) primary key,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    -- Spring Security's row mapper requires both
    created                      timestamp     not null,
    last_used                    timestamp     not null,
    label                        text          not null
);

create index user_credentials_user on user_credentials (user_entity_user_id);
