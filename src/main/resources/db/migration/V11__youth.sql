-- Registered youths: consents, priority level with history, concern criteria (module: youth)

-- Folds a name for searching: case, Norwegian and other accented letters typed plainly, and "aa" for "å", so that
-- "Ostby" finds "Østby", "Aase" finds "Åse" and "Baerum" finds "Bærum". Written by hand because the unaccent
-- extension cannot be installed by the application's role.
create function feltlogg_fold(value text) returns text
    language sql immutable strict parallel safe
as
$$
select trim(regexp_replace(
        replace(
            lower(translate(replace(replace(value, 'Æ', 'ae'), 'æ', 'ae'),
                'ÅØÄÖÜÁÀÂÃÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÝÇÑŠŽåøäöüáàâãéèêëíìîïóòôõúùûýÿçñšž-',
                'aoaouaaaaeeeeiiiioooouuuycnszaoaouaaaaeeeeiiiioooouuuyycnsz ')),
            'aa', 'a'),
        '\s+', ' ', 'g'))
$$;

create table youth (
    id                uuid primary key,
    team_id           uuid         not null references team (id),
    name              varchar(120) not null check (length(trim(name)) > 0),
    search_name       text generated always as (feltlogg_fold(name)) stored,
    birth_date        date,
    birth_year        integer      not null check (birth_year between 1980 and 2100),
    gender            varchar(10)  not null check (gender in ('BOY', 'GIRL', 'OTHER', 'UNKNOWN')),
    phone             varchar(30),
    -- a catalog item of kind SCHOOL; the catalog module owns that table, so there is no foreign key
    school_id         uuid,
    home_municipality varchar(120),
    status            varchar(10)  not null check (status in ('ACTIVE', 'CLOSED')),
    closed_on         date,
    priority          varchar(10) check (priority in ('RED', 'YELLOW', 'GREEN')),
    restricted        boolean      not null default false,
    registered_at     timestamptz  not null,
    registered_by     uuid         not null references account (id),
    version           bigint       not null default 0,
    constraint youth_birth_date_in_year check (birth_date is null or extract(year from birth_date) = birth_year),
    constraint youth_closed_has_date check ((status = 'CLOSED') = (closed_on is not null))
);

create index youth_team_name_idx on youth (team_id, search_name);
create index youth_team_birth_year_idx on youth (team_id, birth_year);
create index youth_team_school_idx on youth (team_id, school_id);

create table youth_contact (
    youth_id   uuid not null references youth (id) on delete cascade,
    account_id uuid not null references account (id),
    primary key (youth_id, account_id)
);

create index youth_contact_account_idx on youth_contact (account_id);

create table consent (
    id                     uuid primary key,
    team_id                uuid         not null references team (id),
    youth_id               uuid         not null references youth (id),
    scope                  varchar(20)  not null
        check (scope in ('REGISTRATION', 'SHARING', 'GUARDIAN_CONTACT', 'CHILD_WELFARE')),
    -- for sharing: the service (a catalog item) and/or its name as written
    service_id             uuid,
    service_name           varchar(200),
    given_by               varchar(10)  not null check (given_by in ('YOUTH', 'GUARDIAN', 'BOTH')),
    form                   varchar(10)  not null check (form in ('ORAL', 'WRITTEN')),
    given_on               date         not null,
    expires_on             date,
    note                   varchar(500),
    recorded_by            uuid         not null references account (id),
    recorded_at            timestamptz  not null,
    withdrawn_on           date,
    withdrawn_by           uuid references account (id),
    withdrawal_recorded_at timestamptz,
    version                bigint       not null default 0,
    constraint consent_expires_after_given check (expires_on is null or expires_on >= given_on),
    constraint consent_withdrawal_complete
        check ((withdrawn_on is null) = (withdrawn_by is null) and (withdrawn_on is null) = (withdrawal_recorded_at is null)),
    constraint consent_withdrawn_after_given check (withdrawn_on is null or withdrawn_on >= given_on),
    constraint consent_sharing_names_service
        check (scope <> 'SHARING' or service_id is not null or length(trim(service_name)) > 0)
);

create index consent_youth_idx on consent (youth_id, scope);

-- A youth is registered by name only together with a consent to registration, checked when the transaction commits.
create function youth_requires_registration_consent() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1 from consent c where c.youth_id = new.id and c.scope = 'REGISTRATION') then
        raise exception 'Youth % cannot be registered without a consent to registration', new.id
            using errcode = 'check_violation';
    end if;
    return null;
end;
$$;

create constraint trigger youth_registration_consent
    after insert on youth
    deferrable initially deferred
    for each row execute function youth_requires_registration_consent();

create table priority_change (
    id          uuid primary key,
    team_id     uuid         not null references team (id),
    youth_id    uuid         not null references youth (id),
    from_level  varchar(10) check (from_level in ('RED', 'YELLOW', 'GREEN')),
    to_level    varchar(10)  not null check (to_level in ('RED', 'YELLOW', 'GREEN')),
    changed_on  date         not null,
    reason      varchar(500) not null check (length(trim(reason)) > 0),
    changed_by  uuid         not null references account (id),
    recorded_at timestamptz  not null,
    constraint priority_change_changes check (from_level is distinct from to_level)
);

create index priority_change_youth_idx on priority_change (youth_id, changed_on);
create index priority_change_team_idx on priority_change (team_id, changed_on);

create table concern (
    id          uuid primary key,
    team_id     uuid         not null references team (id),
    youth_id    uuid         not null references youth (id),
    criterion   varchar(20)  not null check (criterion in
        ('CRIMINAL_GROUPS', 'THREATS', 'VIOLENCE', 'FIGHTS', 'DRUGS_TRYING', 'DRUGS_USING', 'DRUGS_SELLING')),
    noted_on    date         not null,
    ended_on    date,
    note        varchar(500),
    noted_by    uuid         not null references account (id),
    recorded_at timestamptz  not null,
    version     bigint       not null default 0,
    constraint concern_ends_after_start check (ended_on is null or ended_on >= noted_on)
);

create index concern_youth_idx on concern (youth_id);
