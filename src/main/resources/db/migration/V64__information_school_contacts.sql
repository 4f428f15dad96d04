-- School contacts (module: information): the workers who are the team's contact (skolekontakt) for a school of the
-- team's SCHOOL list. A worker may be the contact for several schools, a school may have several contacts. ADR 0036.

create table school_contact (
    school_id  uuid        not null references code_item (id),
    account_id uuid        not null references account (id),
    team_id    uuid        not null references team (id),
    since      date        not null,
    primary key (school_id, account_id)
);

create index school_contact_team_idx on school_contact (team_id);
