-- Each team's code lists (module: catalog). A code in use is retired, never deleted: old records keep their meaning.

create table code_item (
    id           uuid primary key,
    team_id      uuid         not null references team (id),
    kind         varchar(20)  not null check (kind in ('AREA', 'PLACE', 'SCHOOL', 'ARENA', 'THEME', 'AGE_BAND',
                                                       'TIME_OF_DAY', 'GROUP_TYPE')),
    code         varchar(60)  not null check (length(code) > 0),
    label        varchar(120) not null check (length(trim(label)) > 0),
    sort_order   integer      not null default 0,
    retired      boolean      not null default false,
    area_id      uuid references code_item (id),
    school_level varchar(20) check (school_level in ('PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'OVER_18')),
    min_age      integer check (min_age between 0 and 99),
    max_age      integer check (max_age between 0 and 99),
    start_hour   integer check (start_hour between 0 and 23),
    end_hour     integer check (end_hour between 0 and 23),
    version      bigint       not null default 0,
    unique (team_id, kind, code),
    constraint place_has_area check ((kind = 'PLACE') = (area_id is not null)),
    constraint school_has_level check ((kind = 'SCHOOL') = (school_level is not null)),
    constraint age_band_ages check (kind <> 'AGE_BAND' or (min_age is not null or max_age is not null)),
    constraint age_band_order check (min_age is null or max_age is null or min_age <= max_age),
    constraint time_of_day_hours check ((kind = 'TIME_OF_DAY') = (start_hour is not null and end_hour is not null))
);

create index code_item_team_kind_idx on code_item (team_id, kind, sort_order);

create table service (
    id               uuid primary key,
    team_id          uuid         not null references team (id),
    name             varchar(120) not null check (length(trim(name)) > 0),
    kind             varchar(30)  not null check (kind in ('CHILD_WELFARE', 'MENTAL_HEALTH_YOUTH', 'YOUTH_HEALTH_CLINIC',
                                                           'SCHOOL_HEALTH', 'NAV', 'FOLLOW_UP_SERVICE', 'POLICE',
                                                           'MEDIATION', 'GP', 'SPECIALIST_HEALTH', 'LEISURE',
                                                           'JOB_SCHEME', 'VOLUNTEERS', 'OTHER')),
    responsible_unit varchar(160),
    contact          varchar(160),
    phone            varchar(40),
    web_address      varchar(300),
    min_age          integer check (min_age between 0 and 99),
    max_age          integer check (max_age between 0 and 99),
    retired          boolean      not null default false,
    version          bigint       not null default 0,
    unique (team_id, name),
    check (min_age is null or max_age is null or min_age <= max_age)
);
