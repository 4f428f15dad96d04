-- API tokens for dashboards (issue 18, module: apitokens). A token reads /api/v1/statistics/** without a person's
-- session: the municipality's figures or one team's. Only the SHA-256 of the token is kept; the token itself is shown
-- once, when it is made. See docs/adr/0035-api-tokens-and-openapi.md.
create table api_token (
    id              uuid primary key,
    municipality_id uuid          not null references municipality (id),
    team_id         uuid references team (id),
    name            varchar(120)  not null check (length(trim(name)) > 0),
    token_hash      char(64)      not null unique,
    token_prefix    varchar(12)   not null,
    created_by      uuid          not null references account (id),
    created_by_role varchar(10)   not null check (created_by_role in ('ADMIN', 'LEADER')),
    created_at      timestamptz   not null,
    revoked_at      timestamptz,
    revoked_by      uuid references account (id),
    last_used_at    timestamptz,
    constraint leader_token_has_team check (created_by_role <> 'LEADER' or team_id is not null)
);

create index api_token_municipality_idx on api_token (municipality_id, created_at);
