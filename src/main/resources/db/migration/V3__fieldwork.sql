-- Shifts, encounters and field observations (module: fieldwork).
-- Instants are stored in UTC; local_date and local_hour are the Europe/Oslo day and hour they fall on, written with
-- the row, so that counting per day, month and year needs no time-zone arithmetic in the report queries.

create table shift (
    id             uuid primary key,
    team_id        uuid        not null references team (id),
    started_at     timestamptz not null,
    ended_at       timestamptz,
    arena_code     varchar(60) not null,
    direct_minutes integer check (direct_minutes >= 0),
    notes          varchar(2000),
    created_by     uuid        not null references account (id),
    created_at     timestamptz not null,
    version        bigint      not null default 0,
    check (ended_at is null or ended_at > started_at)
);
create index shift_team_started_idx on shift (team_id, started_at desc);

create table shift_worker (
    shift_id   uuid not null references shift (id) on delete cascade,
    account_id uuid not null references account (id),
    primary key (shift_id, account_id)
);
create index shift_worker_account_idx on shift_worker (account_id);

create table shift_area (
    shift_id uuid not null references shift (id) on delete cascade,
    area_id  uuid not null references code_item (id),
    primary key (shift_id, area_id)
);

create table encounter (
    id               uuid primary key,
    team_id          uuid         not null references team (id),
    shift_id         uuid references shift (id),
    occurred_at      timestamptz  not null,
    local_date       date         not null,
    local_hour       integer      not null check (local_hour between 0 and 23),
    arena_code       varchar(60)  not null,
    area_id          uuid references code_item (id),
    place_id         uuid references code_item (id),
    platform         varchar(20) check (platform in ('SNAPCHAT', 'INSTAGRAM', 'TIKTOK', 'DISCORD', 'OTHER')),
    themes           text[]       not null default '{}',
    note             varchar(500),
    total            integer      not null check (total > 0),
    registered_count integer      not null default 0 check (registered_count >= 0),
    source_id        varchar(120),
    created_by       uuid references account (id),
    created_at       timestamptz  not null,
    updated_by       uuid references account (id),
    updated_at       timestamptz,
    version          bigint       not null default 0
);
create index encounter_team_date_idx on encounter (team_id, local_date) include (arena_code, area_id, total);
create index encounter_shift_idx on encounter (shift_id);
create index encounter_created_by_idx on encounter (team_id, created_by, created_at desc);
create unique index encounter_source_idx on encounter (team_id, source_id) where source_id is not null;

-- The anonymous tally of an encounter: how many youths of each gender and age band.
create table encounter_count (
    encounter_id uuid        not null references encounter (id) on delete cascade,
    gender       varchar(10) not null check (gender in ('BOY', 'GIRL', 'OTHER', 'UNKNOWN')),
    age_band     varchar(20) not null,
    count        integer     not null check (count > 0),
    primary key (encounter_id, gender, age_band)
);

-- Registered youths met in an encounter, with their gender and age band as they were that day.
create table encounter_youth (
    encounter_id uuid        not null references encounter (id) on delete cascade,
    youth_id     uuid        not null,
    gender       varchar(10) not null check (gender in ('BOY', 'GIRL', 'OTHER', 'UNKNOWN')),
    age_band     varchar(20) not null,
    primary key (encounter_id, youth_id)
);
create index encounter_youth_youth_idx on encounter_youth (youth_id);

-- Who created, changed or deleted which encounter, and when. Kept when the encounter is deleted.
create table encounter_change (
    id           uuid primary key,
    encounter_id uuid        not null,
    team_id      uuid        not null references team (id),
    action       varchar(10) not null check (action in ('CREATED', 'UPDATED', 'DELETED')),
    changed_by   uuid        not null references account (id),
    changed_at   timestamptz not null,
    summary      varchar(1000) not null
);
create index encounter_change_encounter_idx on encounter_change (encounter_id, changed_at);

create table field_observation (
    id            uuid primary key,
    team_id       uuid         not null references team (id),
    observed_at   timestamptz  not null,
    local_date    date         not null,
    area_id       uuid         not null references code_item (id),
    place_id      uuid references code_item (id),
    kinds         text[]       not null check (cardinality(kinds) > 0),
    gathering_size integer check (gathering_size >= 0),
    severity      varchar(10)  not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    note          varchar(1000),
    created_by    uuid         not null references account (id),
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);
create index field_observation_team_date_idx on field_observation (team_id, local_date);
