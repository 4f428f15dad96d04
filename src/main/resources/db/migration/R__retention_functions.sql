-- The retention module's functions (V59, V71; ADR 0034): the one path by which the database lets a signed journal
-- entry, a referral's text or an old access-log row be changed or deleted.
-- A repeatable migration (ADR 0040): the current definition of each function here, replaced with `create or replace`
-- after the versioned migrations whenever this file changes. Change a function here, never in a landed V__ file; a
-- new table, column or trigger still needs a versioned migration.

-- True only inside the retention functions below: they run as the schema owner (security definer) and set
-- feltlogg.retention for their transaction. The application's role can set the setting, but it is not the owner,
-- so for it this stays false. Security invoker on purpose: current_user must be the caller's.
create or replace function retention_path_open(rel oid) returns boolean
    language sql stable as
$$
select coalesce(current_setting('feltlogg.retention', true), '') = 'on'
       and current_user = (select pg_get_userbyid(c.relowner) from pg_class c where c.oid = rel)
$$;

-- The cut-off day of a confirmed rule, or null when the municipality has not confirmed it (then nothing is removed).
-- Counted from today in Oslo, whatever the session's time zone (since V59 it was the session's current_date).
create or replace function retention_cutoff(p_municipality uuid, p_kind text) returns date
    language sql stable security definer set search_path from current as
$$
select ((now() at time zone 'Europe/Oslo')::date - make_interval(months => r.months))::date
  from retention_rule r
 where r.municipality_id = p_municipality and r.kind = p_kind and r.confirmed_at is not null
$$;

create or replace function retention_anonymise_youth(p_youth uuid) returns integer
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

    update journal_entry set legal_basis_note = '[anonymisert]'
     where youth_id = p_youth and legal_basis_note is not null and legal_basis_note <> '[anonymisert]';
    update child_welfare_measure set title = '[anonymisert]' where youth_id = p_youth and title <> '[anonymisert]';
    update child_welfare_measure_goal g set text = '[anonymisert]'
      from child_welfare_measure m
     where m.id = g.measure_id and m.youth_id = p_youth and g.text <> '[anonymisert]';
    update child_welfare_measure_follow_up f set note = '[anonymisert]'
      from child_welfare_measure m
     where m.id = f.measure_id and m.youth_id = p_youth and f.note <> '[anonymisert]';
    update youth_processing_restriction set reason = '[anonymisert]' where youth_id = p_youth;

    perform set_config('feltlogg.retention', '', true);
    return changed;
end;
$$;

-- Blanks the free text of referrals closed (completed, declined, cancelled) before the confirmed rule's cut-off.
create or replace function retention_blank_closed_referrals(p_municipality uuid) returns integer
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
create or replace function retention_delete_access_log(p_municipality uuid) returns integer
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
