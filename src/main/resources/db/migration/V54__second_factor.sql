-- A second factor for local accounts (module: team): a TOTP secret (RFC 6238) and ten one-time recovery codes

create table account_totp (
    account_id     uuid primary key references account (id) on delete cascade,
    -- base32, as shown to the person at enrolment; needed in clear to compute the expected codes
    secret         varchar(64) not null,
    enrolled_at    timestamptz not null,
    -- the 30-second time step of the last code accepted: a code is never accepted twice
    last_used_step bigint
);

create table account_recovery_code (
    id         uuid primary key,
    account_id uuid        not null references account (id) on delete cascade,
    -- SHA-256 of the code (hex); the codes are random with 50 bits, so a slow hash adds nothing
    code_hash  varchar(64) not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    unique (account_id, code_hash)
);
