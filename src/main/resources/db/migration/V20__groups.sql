-- Group activities (module: groups): groups, their staff and participants, sessions (samlinger) planned ahead or
-- held, attendance of registered youths, and anonymous participants counted per session by gender and age band.

create table activity_group (
    id               uuid primary key,
    team_id          uuid         not null references team (id),
    name             varchar(120) not null check (length(trim(name)) > 0),
    -- a code of the team's GROUP_TYPE list (girls, boys, life_skills, gaming, other); those codes never change
    type_code        varchar(60)  not null check (length(type_code) > 0),
    school_id        uuid references code_item (id),
    arena_code       varchar(60),
    service_id       uuid references service (id),
    starts_on        date         not null,
    ends_on          date,
    planned_sessions integer      not null check (planned_sessions between 1 and 200),
    recruitment      text[]       not null default '{}'
        check (recruitment <@ array['SCHOOL', 'PARTNER', 'SIGN_UP', 'OUTREACH']::text[]),
    allows_anonymous boolean      not null default false,
    status           varchar(10)  not null check (status in ('PLANNED', 'RUNNING', 'FINISHED')),
    created_by       uuid         not null references account (id),
    created_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint activity_group_period check (ends_on is null or ends_on >= starts_on)
);

create index activity_group_team_idx on activity_group (team_id, status, starts_on desc);

-- The staff who run a group.
create table activity_group_staff (
    group_id   uuid not null references activity_group (id) on delete cascade,
    account_id uuid not null references account (id),
    primary key (group_id, account_id)
);

-- A registered youth in a group, from the day she joined up to, not including, the day she left.
create table group_participant (
    id        uuid primary key,
    group_id  uuid        not null references activity_group (id),
    team_id   uuid        not null references team (id),
    youth_id  uuid        not null references youth (id),
    joined_on date        not null,
    left_on   date,
    added_by  uuid        not null references account (id),
    added_at  timestamptz not null,
    version   bigint      not null default 0,
    unique (group_id, youth_id),
    constraint group_participant_period check (left_on is null or left_on >= joined_on)
);

create index group_participant_youth_idx on group_participant (team_id, youth_id);

create table group_session (
    id           uuid primary key,
    group_id     uuid         not null references activity_group (id),
    team_id      uuid         not null references team (id),
    session_date date         not null,
    starts_at    time,
    ends_at      time,
    theme_code   varchar(60),
    activity     varchar(200),
    -- a short note about the group as a whole: never anything that identifies a youth
    note         varchar(500),
    status       varchar(10)  not null check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    created_by   uuid         not null references account (id),
    created_at   timestamptz  not null,
    held_by      uuid references account (id),
    held_at      timestamptz,
    version      bigint       not null default 0,
    constraint group_session_times check (starts_at is null or ends_at is null or ends_at > starts_at),
    constraint group_session_held check ((status = 'HELD') = (held_at is not null and held_by is not null))
);

create index group_session_group_idx on group_session (group_id, session_date);
create index group_session_team_date_idx on group_session (team_id, session_date) include (status, group_id);

-- Attendance of a registered youth at a session, with gender and age band as they were on the day (for counting).
create table group_attendance (
    session_id  uuid        not null references group_session (id),
    youth_id    uuid        not null references youth (id),
    status      varchar(10) not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    gender      varchar(10) not null check (gender in ('BOY', 'GIRL', 'OTHER', 'UNKNOWN')),
    age_band    varchar(20),
    recorded_by uuid        not null references account (id),
    recorded_at timestamptz not null,
    primary key (session_id, youth_id)
);

create index group_attendance_youth_idx on group_attendance (youth_id);

-- Anonymous participants of a session: how many of each gender and age band, never a name.
create table group_session_anonymous (
    session_id uuid        not null references group_session (id) on delete cascade,
    gender     varchar(10) not null check (gender in ('BOY', 'GIRL', 'OTHER', 'UNKNOWN')),
    age_band   varchar(20) not null,
    count      integer     not null check (count > 0 and count <= 999),
    primary key (session_id, gender, age_band)
);
