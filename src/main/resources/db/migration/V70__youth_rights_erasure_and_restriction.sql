-- The youth's rights (issue 19, module: youth): erasure of a registration made by mistake, and the restriction of
-- processing (GDPR art. 18). See docs/adr/0039-youth-rights-erasure-restriction-information.md.

-- A record restricted because the youth objects: locked for everyone but the team's leader until the leader lifts it.
-- Lifting deletes the row; both are in the access log. (Not the same as youth.restricted, the need-to-know screen.)
create table youth_processing_restriction (
    youth_id      uuid primary key references youth (id) on delete cascade,
    team_id       uuid         not null references team (id),
    reason        varchar(300) not null check (length(trim(reason)) > 0),
    restricted_at timestamptz  not null,
    restricted_by uuid         not null references account (id)
);

create index youth_processing_restriction_team_idx on youth_processing_restriction (team_id);

-- What is left of an erased registration: what happened, when, who did it and why, as a category. No name, no birth
-- date and no youth id: the id is the key of every access-log row about the youth, and the record must not lead back
-- to them. Append-only.
create table youth_erasure (
    id              uuid primary key,
    team_id         uuid        not null references team (id),
    erased_at       timestamptz not null,
    erased_by       uuid        not null references account (id),
    reason_category varchar(20) not null check (reason_category in ('WRONG_PERSON', 'NO_CONSENT', 'DUPLICATE', 'OTHER')),
    -- whole days between the registration and the erasure (0..30), to show that the rule was kept
    days_registered integer     not null check (days_registered between 0 and 30)
);

create index youth_erasure_team_idx on youth_erasure (team_id, erased_at desc);

create function youth_erasure_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The record of erasures is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger youth_erasure_no_update_or_delete
    before update or delete on youth_erasure
    for each row execute function youth_erasure_is_append_only();

create trigger youth_erasure_no_truncate
    before truncate on youth_erasure
    for each statement execute function youth_erasure_is_append_only();

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
create function erase_youth(p_youth uuid, p_team uuid, p_leader uuid, p_category text, p_days integer)
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
