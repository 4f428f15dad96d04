-- Working time that is not in the field (module: fieldwork), issue #17 and ADR 0038.
-- The 70 % target is a share of working time, not of shift time: a worker fills in a week of office, meetings,
-- documentation, planning and travel, one row per day with minutes per kind, and the time spent going with a youth
-- to a service (an accompanied referral), which counts as direct time. One row per worker, day and kind.
create table working_time (
    id         uuid primary key,
    team_id    uuid        not null references team (id),
    account_id uuid        not null references account (id),
    work_day   date        not null,
    kind       varchar(20) not null check (kind in ('OFFICE', 'MEETINGS', 'DOCUMENTATION', 'PLANNING', 'TRAVEL',
                                                    'ACCOMPANIED')),
    minutes    integer     not null check (minutes between 1 and 1440),
    recorded_at timestamptz not null,
    unique (account_id, work_day, kind)
);
create index working_time_team_day_idx on working_time (team_id, work_day) include (kind, minutes);

-- The share of working time the team aims to spend directly with youths, set by the leader (none: 70 %).
create table direct_time_target (
    team_id uuid primary key references team (id),
    percent integer     not null check (percent between 1 and 100),
    set_by  uuid        not null references account (id),
    set_at  timestamptz not null
);
