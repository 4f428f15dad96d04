-- Retention (module: retention): the municipality's rules, legal holds, the record of each run, the youths anonymised,
-- and the one path by which the database lets a signed journal entry, a referral's text or an old access-log row be
-- changed or deleted. See docs/adr/0034-retention-anonymise-dont-break.md.

-- One row per municipality and kind once the administrator has set or confirmed it; a kind without a confirmed row
-- removes nothing. The access log is kept at least a year (the youth may ask who looked).
create table retention_rule (
    municipality_id uuid        not null references municipality (id),
    kind            varchar(20) not null
        check (kind in ('YOUTH_RECORD', 'FIELD_NOTES', 'GUIDANCE_NOTES', 'ACCESS_LOG', 'REFERRAL_TEXT')),
    months          integer     not null check (months between 1 and 600),
    -- deposit an archive package before anonymising (the archive plan says the record is to be kept)
    archive         boolean     not null default false,
    confirmed_at    timestamptz,
    confirmed_by    uuid references account (id),
    primary key (municipality_id, kind),
    constraint retention_rule_access_log_long check (kind <> 'ACCESS_LOG' or months >= 12),
    constraint retention_rule_archive_only_youth check (kind = 'YOUTH_RECORD' or not archive),
    constraint retention_rule_confirmed_complete check ((confirmed_at is null) = (confirmed_by is null))
);

-- Where archive packages go: a folder on the server (or a mounted share) the administrator names.
create table retention_setting (
    municipality_id uuid primary key references municipality (id),
    archive_folder  varchar(500)
);

-- A legal hold keeps a youth's record from being anonymised (an ongoing case, a request from the police or child
-- welfare) until it is lifted, with a reason both ways.
create table legal_hold (
    id          uuid primary key,
    team_id     uuid         not null references team (id),
    -- cascade: erasing a registration made by mistake (issue 19, the youth module) takes its holds with it
    youth_id    uuid         not null references youth (id) on delete cascade,
    reason      varchar(500) not null check (length(trim(reason)) > 0),
    placed_by   uuid         not null references account (id),
    placed_at   timestamptz  not null,
    lift_reason varchar(500),
    lifted_by   uuid references account (id),
    lifted_at   timestamptz,
    constraint legal_hold_lift_complete check ((lifted_at is null) = (lifted_by is null)
        and (lifted_at is null) = (lift_reason is null))
);

create unique index legal_hold_one_active_idx on legal_hold (youth_id) where lifted_at is null;
create index legal_hold_team_idx on legal_hold (team_id) where lifted_at is null;

-- Each run per municipality: when, how it was started, how it ended, counts. No personal data: no names, no ids of
-- youths, a failure described in words of the program only.
create table retention_run (
    id              uuid primary key,
    municipality_id uuid         not null references municipality (id),
    started_at      timestamptz  not null,
    finished_at     timestamptz,
    started_by      varchar(10)  not null check (started_by in ('SCHEDULE', 'ADMIN', 'STARTUP')),
    outcome         varchar(10)  not null check (outcome in ('RUNNING', 'DONE', 'FAILED')),
    failure         varchar(300),
    anonymised      integer      not null default 0,
    blanked         integer      not null default 0,
    deleted         integer      not null default 0,
    held            integer      not null default 0,
    refused         integer      not null default 0
);

create index retention_run_municipality_idx on retention_run (municipality_id, started_at desc);

create table retention_run_count (
    run_id uuid        not null references retention_run (id),
    kind   varchar(20) not null,
    action varchar(10) not null check (action in ('ANONYMISE', 'BLANK', 'DELETE')),
    count  integer     not null,
    primary key (run_id, kind)
);

-- The youths anonymised (so that the next run passes them by), and where their archive package went, if anywhere.
create table retention_anonymised (
    youth_id      uuid primary key references youth (id) on delete cascade,
    run_id        uuid        not null references retention_run (id),
    anonymised_at timestamptz not null,
    archived_as   varchar(200)
);

-- Where a chain of the access log now starts, after its oldest rows were deleted: the number and hash of the last
-- row deleted, which the check takes as the first remaining row's predecessor. Written only by
-- retention_delete_access_log (security definer); the application's role may not change it (R__ grants).
create table access_log_cut (
    chain_id uuid primary key,
    seal_no  bigint      not null,
    hash     bytea       not null,
    cut_at   timestamptz not null
);

-- True only inside the retention functions below: they run as the schema owner (security definer) and set
-- feltlogg.retention for their transaction. The application's role can set the setting, but it is not the owner,
-- so for it this stays false. Security invoker on purpose: current_user must be the caller's.
create function retention_path_open(rel oid) returns boolean
    language sql stable as
$$
select coalesce(current_setting('feltlogg.retention', true), '') = 'on'
       and current_user = (select pg_get_userbyid(c.relowner) from pg_class c where c.oid = rel)
$$;

-- A signed entry is final, but for the retention path, which may change its text and nothing else.
create or replace function journal_entry_signed_is_final() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'SIGNED' then
        if tg_op = 'UPDATE' and retention_path_open(tg_relid)
            and (to_jsonb(old) - 'text') = (to_jsonb(new) - 'text') then
            return new;
        end if;
        raise exception 'Journal entry % is signed and cannot be %', old.id, lower(tg_op)
            using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

-- What a referral shared stays final, but for the retention path, which may blank its free text and nothing else.
create or replace function referral_shared_is_final() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and retention_path_open(tg_relid) then
        if (to_jsonb(old) - 'reason' - 'shared_information' - 'justification')
            = (to_jsonb(new) - 'reason' - 'shared_information' - 'justification') then
            return new;
        end if;
    end if;
    if tg_op = 'DELETE' then
        raise exception 'Referral % is documentation and cannot be deleted', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    if new.team_id <> old.team_id or new.youth_id <> old.youth_id or new.service_id <> old.service_id
        or new.service_name <> old.service_name or new.service_kind <> old.service_kind or new.form <> old.form
        or new.referred_on <> old.referred_on or new.reason <> old.reason or new.themes <> old.themes
        or new.shared_information <> old.shared_information or new.legal_basis <> old.legal_basis
        or new.consent_id is distinct from old.consent_id or new.justification is distinct from old.justification
        or new.created_by <> old.created_by or new.created_at <> old.created_at then
        raise exception 'What referral % shared, with whom and why cannot be changed', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create or replace function referral_history_is_final() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' then
        if retention_path_open(tg_relid) and (to_jsonb(old) - 'note') = (to_jsonb(new) - 'note') then
            return new;
        end if;
    end if;
    raise exception 'The status history of a referral cannot be changed' using errcode = 'integrity_constraint_violation';
end;
$$;

-- The access log and its list rows may lose rows only on the retention path; the security log never.
create or replace function access_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.seal_no is null and old.hash is null
        and new.seal_no is not null and new.hash is not null
        and (to_jsonb(old) - 'seal_no' - 'hash') = (to_jsonb(new) - 'seal_no' - 'hash') then
        return new;
    end if;
    if tg_op = 'DELETE' and tg_table_name in ('access_log', 'access_log_youth') then
        if retention_path_open(tg_relid) then
            return old;
        end if;
    end if;
    raise exception 'The % is append-only: % is not allowed', replace(tg_table_name, '_', ' '), tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- The cut-off day of a confirmed rule, or null when the municipality has not confirmed it (then nothing is removed).
create function retention_cutoff(p_municipality uuid, p_kind text) returns date
    language sql stable security definer set search_path from current as
$$
select (current_date - make_interval(months => r.months))::date
  from retention_rule r
 where r.municipality_id = p_municipality and r.kind = p_kind and r.confirmed_at is not null
$$;

-- Anonymises one registered youth: the name, birth date (the year stays), phone, home municipality, the school unless
-- a concern criterion's count needs its level, every free text of the record, the journal's texts and the referrals'
-- texts. Gender, birth year, dates, types, levels, themes and links stay, so every count stays. Refuses a youth who
-- is not due under the municipality's confirmed rule, or held.
create function retention_anonymise_youth(p_youth uuid) returns integer
    language plpgsql security definer set search_path from current as
$$
declare
    y       youth;
    cutoff  date;
    changed integer := 0;
    n       integer;
begin
    select * into y from youth where id = p_youth for update;
    if not found then
        raise exception 'No youth %', p_youth using errcode = 'no_data_found';
    end if;
    cutoff := retention_cutoff((select t.municipality_id from team t where t.id = y.team_id), 'YOUTH_RECORD');
    if cutoff is null or y.status <> 'CLOSED' or y.closed_on >= cutoff then
        raise exception 'Youth % is not due for anonymisation', p_youth using errcode = 'insufficient_privilege';
    end if;
    if exists (select 1 from legal_hold h where h.youth_id = p_youth and h.lifted_at is null) then
        raise exception 'Youth % is on legal hold', p_youth using errcode = 'insufficient_privilege';
    end if;
    perform set_config('feltlogg.retention', 'on', true);

    update youth
       set name = 'Anonymisert', birth_date = null, phone = null, home_municipality = null,
           school_id = case when exists (select 1 from concern c where c.youth_id = p_youth) then school_id end
     where id = p_youth;
    update consent set note = null where youth_id = p_youth and note is not null;
    update concern set note = null where youth_id = p_youth and note is not null;
    update priority_change set reason = '[anonymisert]' where youth_id = p_youth and reason <> '[anonymisert]';
    update journal_entry set text = case when status = 'SIGNED' then '[anonymisert]' end
     where youth_id = p_youth and text is not null and text <> '[anonymisert]';
    get diagnostics n = row_count;
    changed := changed + n;
    update referral
       set reason = '[anonymisert]', shared_information = '[anonymisert]',
           justification = case when justification is not null then '[anonymisert]' end
     where youth_id = p_youth and reason <> '[anonymisert]';
    update referral_status_change s set note = case when s.to_status = 'DECLINED' then '[anonymisert]' end
      from referral r
     where r.id = s.referral_id and r.youth_id = p_youth and s.note is not null and s.note <> '[anonymisert]';

    perform set_config('feltlogg.retention', '', true);
    return changed;
end;
$$;

-- Blanks the free text of referrals closed (completed, declined, cancelled) before the confirmed rule's cut-off.
create function retention_blank_closed_referrals(p_municipality uuid) returns integer
    language plpgsql security definer set search_path from current as
$$
declare
    cutoff date := retention_cutoff(p_municipality, 'REFERRAL_TEXT');
    n      integer;
begin
    if cutoff is null then
        return 0;
    end if;
    perform set_config('feltlogg.retention', 'on', true);
    update referral r
       set reason = '[fjernet]', shared_information = '[fjernet]',
           justification = case when r.justification is not null then '[fjernet]' end
      from team t
     where t.id = r.team_id and t.municipality_id = p_municipality
       and r.status in ('COMPLETED', 'DECLINED', 'CANCELLED') and r.status_changed_on < cutoff
       and r.reason not in ('[fjernet]', '[anonymisert]')
       and not exists (select 1 from legal_hold h where h.youth_id = r.youth_id and h.lifted_at is null);
    get diagnostics n = row_count;
    update referral_status_change s set note = case when s.to_status = 'DECLINED' then '[fjernet]' end
      from referral r join team t on t.id = r.team_id
     where r.id = s.referral_id and t.municipality_id = p_municipality
       and r.status in ('COMPLETED', 'DECLINED', 'CANCELLED') and r.status_changed_on < cutoff
       and s.note is not null and s.note not in ('[fjernet]', '[anonymisert]')
       and not exists (select 1 from legal_hold h where h.youth_id = r.youth_id and h.lifted_at is null);
    perform set_config('feltlogg.retention', '', true);
    return n;
end;
$$;

-- Deletes the access log's rows older than the confirmed rule's period, for the municipality's teams. Only a sealed
-- prefix of each chain goes, never a chain's last row; the last deleted row's number and hash are kept in
-- access_log_cut, where the check finds the first remaining row's predecessor. Rows without a team (SLT and
-- administrators) are not touched.
create function retention_delete_access_log(p_municipality uuid) returns integer
    language plpgsql security definer set search_path from current as
$$
declare
    cutoff  timestamptz;
    chain   record;
    head    bigint;
    last_no bigint;
    last_h  bytea;
    n       integer;
    deleted integer := 0;
begin
    cutoff := (select now() - make_interval(months => r.months) from retention_rule r
                where r.municipality_id = p_municipality and r.kind = 'ACCESS_LOG' and r.confirmed_at is not null);
    if cutoff is null then
        return 0;
    end if;
    perform audit_seal();
    perform set_config('feltlogg.retention', 'on', true);
    for chain in select t.id from team t where t.municipality_id = p_municipality loop
        select max(l.seal_no) into head from access_log l where l.team_id = chain.id and l.seal_no is not null;
        if head is null then
            continue;
        end if;
        -- the longest prefix of the chain whose rows are all older than the cut-off, short of the head
        select least(head, coalesce(min(l.seal_no), head + 1)) - 1 into last_no
          from access_log l where l.team_id = chain.id and l.seal_no is not null and l.at >= cutoff;
        select l.hash into last_h from access_log l where l.team_id = chain.id and l.seal_no = last_no;
        if last_h is null then
            continue;
        end if;
        delete from access_log_youth y using access_log l
         where y.access_log_id = l.id and l.team_id = chain.id and l.seal_no <= last_no;
        delete from access_log l where l.team_id = chain.id and l.seal_no <= last_no;
        get diagnostics n = row_count;
        deleted := deleted + n;
        insert into access_log_cut (chain_id, seal_no, hash, cut_at) values (chain.id, last_no, last_h, now())
        on conflict (chain_id) do update set seal_no = excluded.seal_no, hash = excluded.hash, cut_at = excluded.cut_at;
    end loop;
    perform set_config('feltlogg.retention', '', true);
    return deleted;
end;
$$;

-- The check of ADR 0026, with a chain's first remaining row checked against the cut where old rows were deleted.
create or replace function audit_verify(out checked bigint, out first_broken uuid)
    language sql stable security definer set search_path from current as
$$
with rows as (
    select l.id, l.at, l.seal_no, l.hash,
           access_log_digest(l, coalesce(lag(l.hash) over w, c.hash)) as expected,
           coalesce(lag(l.seal_no) over w, c.seal_no) as previous_no
      from access_log l
      left join access_log_cut c on c.chain_id = coalesce(l.team_id, '00000000-0000-0000-0000-000000000000'::uuid)
     where l.seal_no is not null or l.hash is not null
    window w as (partition by l.team_id order by l.seal_no)
    union all
    select l.id, l.at, l.seal_no, l.hash,
           security_log_digest(l, lag(l.hash) over w), lag(l.seal_no) over w
      from security_log l
     where l.seal_no is not null or l.hash is not null
    window w as (partition by l.team_id order by l.seal_no)
)
select (select count(*) from rows),
       (select id from rows
         where seal_no is null or hash is null or hash <> expected or seal_no <> coalesce(previous_no, 0) + 1
         order by at, seal_no limit 1)
$$;
