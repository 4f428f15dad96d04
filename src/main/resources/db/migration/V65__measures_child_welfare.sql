-- Help measures carried out for child welfare (module: measures). Child welfare decides a voluntary help measure
-- (hjelpetiltak) and asks the team to carry it out: the measure with its decision date, the plan (tiltaksplan: goals,
-- period, hours a week), the youth's consent to a child-welfare measure (the team asks for it at any age), the
-- responsible worker, the evaluation date, and the follow-ups recorded against the plan's goals.

create table child_welfare_measure (
    id             uuid primary key,
    team_id        uuid         not null references team (id),
    -- a youth's registration erased as a mistake (erase_youth, V70) takes its measures with it
    youth_id       uuid         not null references youth (id) on delete cascade,
    title          varchar(200) not null check (length(trim(title)) > 0),
    decided_on     date         not null,
    starts_on      date         not null,
    ends_on        date         not null,
    hours_per_week numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 40),
    -- a consent to a child-welfare measure (scope CHILD_WELFARE) of the same youth
    consent_id     uuid         not null references consent (id) on delete cascade,
    responsible_id uuid         not null references account (id),
    evaluation_on  date         not null,
    ended_on       date,
    created_by     uuid         not null references account (id),
    created_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint child_welfare_measure_period check (ends_on >= starts_on and starts_on >= decided_on),
    constraint child_welfare_measure_ended check (ended_on is null or ended_on >= starts_on)
);

create index child_welfare_measure_team_idx on child_welfare_measure (team_id, starts_on);
create index child_welfare_measure_youth_idx on child_welfare_measure (youth_id);
create index child_welfare_measure_responsible_idx on child_welfare_measure (responsible_id, evaluation_on);

create table child_welfare_measure_goal (
    id         uuid primary key,
    measure_id uuid          not null references child_welfare_measure (id) on delete cascade,
    position   int           not null check (position >= 0),
    text       varchar(500)  not null check (length(trim(text)) > 0),
    unique (measure_id, position)
);

create table child_welfare_measure_follow_up (
    id          uuid primary key,
    team_id     uuid          not null references team (id),
    measure_id  uuid          not null references child_welfare_measure (id) on delete cascade,
    goal_id     uuid          not null references child_welfare_measure_goal (id) on delete cascade,
    done_on     date          not null,
    hours       numeric(4, 1) not null check (hours > 0 and hours <= 24),
    note        varchar(2000) not null check (length(trim(note)) > 0),
    recorded_by uuid          not null references account (id),
    recorded_at timestamptz   not null
);

create index child_welfare_measure_follow_up_idx on child_welfare_measure_follow_up (measure_id, done_on);
create index child_welfare_measure_follow_up_team_idx on child_welfare_measure_follow_up (team_id, done_on);
