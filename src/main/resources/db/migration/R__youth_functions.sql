-- The youth module's functions: the folded name for searching (V11, used by youth.search_name), the consent gate
-- (V11), and the erasure of a registration made by mistake with its append-only record (V70; ADR 0039).
-- A repeatable migration (ADR 0040): the current definition of each function here, replaced with `create or replace`
-- after the versioned migrations whenever this file changes. Change a function here, never in a landed V__ file; a
-- new table, column or trigger still needs a versioned migration.

-- Folds a name for searching: case, Norwegian and other accented letters typed plainly, and "aa" for "å", so that
-- "Ostby" finds "Østby", "Aase" finds "Åse" and "Baerum" finds "Bærum". Written by hand because the unaccent
-- extension cannot be installed by the application's role.
create or replace function feltlogg_fold(value text) returns text
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

-- A youth is registered by name only together with a consent to registration, checked when the transaction commits.
create or replace function youth_requires_registration_consent() returns trigger
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

create or replace function youth_erasure_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The record of erasures is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- Erases a youth registered by mistake, and everything that belongs to them, in one transaction:
--   youth: the record, contact workers, consents, priority history, concerns, a processing restriction
--   journal: every entry, signed ones included
--   groups: participation and attendance
--   referrals: referrals and their status history
--   fieldwork: the links from encounters; each encounter keeps the youth as one anonymous youth of the same gender
--              and age band in its tally, so that its total and every count of encounters stay as they were
-- The access log and the security log are kept as they are (append-only, sealed): they hold the youth's random id,
-- never the name.
--
-- Signed journal entries and referrals are final by their triggers for everybody else. This function is owned by the
-- schema owner (the role Flyway migrates with) and runs as that owner (security definer): it alone switches those
-- triggers off, for the statements of this transaction only (ALTER TABLE is transactional and holds the tables'
-- locks until commit, so no other transaction ever sees them off). The application's role owns nothing and cannot
-- switch a trigger off itself; it may only call this function, which checks the rules again: the youth belongs to the
-- team, the one erasing is a leader of that team, and the registration is at most 31 days old (the application
-- counts 30 Oslo days; the margin covers the day boundary). Returns the id of the erasure record.
create or replace function erase_youth(p_youth uuid, p_team uuid, p_leader uuid, p_category text, p_days integer)
    returns uuid
    language plpgsql security definer set search_path from current as
$$
declare
    registered timestamptz;
    erasure    uuid := gen_random_uuid();
begin
    select y.registered_at into registered from youth y where y.id = p_youth and y.team_id = p_team for update;
    if not found then
        raise exception 'No youth % in team %', p_youth, p_team using errcode = 'no_data_found';
    end if;
    if not exists (select from account a
                    where a.id = p_leader and a.team_id = p_team and a.role = 'LEADER' and a.enabled) then
        raise exception 'Only a leader of the youth''s team may erase a registration' using errcode = 'insufficient_privilege';
    end if;
    if registered < now() - interval '31 days' then
        raise exception 'The registration is more than 30 days old and cannot be erased'
            using errcode = 'check_violation';
    end if;

    -- fieldwork: the youth stays in each encounter as one anonymous youth
    insert into encounter_count as c (encounter_id, gender, age_band, count)
    select ey.encounter_id, ey.gender, ey.age_band, count(*)
      from encounter_youth ey where ey.youth_id = p_youth
     group by ey.encounter_id, ey.gender, ey.age_band
     order by 1, 2, 3
    on conflict (encounter_id, gender, age_band) do update set count = c.count + excluded.count;
    update encounter e set registered_count = e.registered_count - 1
     where e.id in (select ey.encounter_id from encounter_youth ey where ey.youth_id = p_youth);
    delete from encounter_youth ey where ey.youth_id = p_youth;

    -- groups
    delete from group_attendance ga where ga.youth_id = p_youth;
    delete from group_participant gp where gp.youth_id = p_youth;

    -- referrals (final by their triggers for everybody else)
    alter table referral_status_change disable trigger referral_status_change_final;
    alter table referral disable trigger referral_shared_final;
    delete from referral_status_change s where s.referral_id in (select r.id from referral r where r.youth_id = p_youth);
    delete from referral r where r.youth_id = p_youth;
    alter table referral enable trigger referral_shared_final;
    alter table referral_status_change enable trigger referral_status_change_final;

    -- journal (a signed entry is final by its trigger for everybody else)
    alter table journal_entry disable trigger journal_entry_signed_no_change;
    delete from journal_entry j where j.youth_id = p_youth;
    alter table journal_entry enable trigger journal_entry_signed_no_change;

    -- youth
    delete from concern c where c.youth_id = p_youth;
    delete from priority_change p where p.youth_id = p_youth;
    delete from consent c where c.youth_id = p_youth;
    delete from youth y where y.id = p_youth;

    insert into youth_erasure (id, team_id, erased_at, erased_by, reason_category, days_registered)
    values (erasure, p_team, now(), p_leader, p_category, p_days);
    return erasure;
end;
$$;
