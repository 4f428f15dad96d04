-- Information and attitude work (module: information), method 5: drug-education lessons and presentations to
-- classes, talks at parents' meetings, stands at events, talks to staff or partners. No youth is named: an event
-- records how many it reached in each audience (pupils with their grade, parents, staff, other), its themes (codes of
-- the team's THEME list) and the workers who were there. ADR 0036.

create table information_event (
    id          uuid primary key,
    team_id     uuid         not null references team (id),
    -- the Oslo day it took place
    local_date  date         not null,
    kind        varchar(20)  not null
        check (kind in ('LESSON', 'PARENTS_MEETING', 'STAND', 'STAFF_TALK', 'OTHER')),
    -- a school of the team's SCHOOL list, or a place in words (a stand at the town festival), or both
    school_id   uuid references code_item (id),
    place       varchar(120) check (place is null or length(trim(place)) > 0),
    led_by_team boolean      not null,
    pupils      integer      not null default 0 check (pupils between 0 and 100000),
    grade       integer check (grade between 1 and 13),
    parents     integer      not null default 0 check (parents between 0 and 100000),
    staff       integer      not null default 0 check (staff between 0 and 100000),
    others      integer      not null default 0 check (others between 0 and 100000),
    themes      text[]       not null default '{}',
    workers     uuid[]       not null default '{}',
    note        varchar(500),
    created_by  uuid         not null references account (id),
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint information_event_where check (school_id is not null or place is not null),
    constraint information_event_reached check (pupils + parents + staff + others > 0),
    constraint information_event_grade check ((pupils > 0) = (grade is not null))
);

create index information_event_team_date_idx on information_event (team_id, local_date);
create index information_event_school_idx on information_event (school_id, local_date) where school_id is not null;
