-- Municipality, teams and staff accounts (module: team)

create table municipality (
    id         uuid primary key,
    name       varchar(120) not null unique,
    created_at timestamptz  not null default now(),
    version    bigint       not null default 0
);

create table team (
    id              uuid primary key,
    municipality_id uuid         not null references municipality (id),
    name            varchar(120) not null check (length(trim(name)) > 0),
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    unique (municipality_id, name)
);

create table account (
    id              uuid primary key,
    municipality_id uuid         not null references municipality (id),
    team_id         uuid references team (id),
    username        varchar(60)  not null check (username ~ '^[a-z0-9._-]{3,60}$'),
    display_name    varchar(120) not null check (length(trim(display_name)) > 0),
    password_hash   varchar(255) not null,
    role            varchar(10)  not null check (role in ('WORKER', 'LEADER', 'SLT', 'ADMIN')),
    enabled         boolean      not null default true,
    failed_logins   integer      not null default 0 check (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    -- workers and leaders belong to a team; SLT coordinators and administrators to the municipality
    constraint account_team_by_role check ((role in ('WORKER', 'LEADER')) = (team_id is not null))
);

create unique index account_username_key on account (lower(username));
create index account_team_idx on account (team_id);
