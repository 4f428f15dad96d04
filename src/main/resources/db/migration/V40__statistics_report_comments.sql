-- The leader's foreword and comments to the sections of a report (module: statistics)
create table report_comment (
    team_id    uuid         not null references team (id),
    period_key varchar(30)  not null,
    section    varchar(60)  not null,
    text       varchar(4000) not null,
    updated_by uuid         not null references account (id),
    updated_at timestamptz  not null,
    primary key (team_id, period_key, section)
);
