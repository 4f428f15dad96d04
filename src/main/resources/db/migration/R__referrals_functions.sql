-- The referrals module's guards: what a referral shared stays final, and its status history only grows, but for the
-- retention path (V30, V59).
-- A repeatable migration (ADR 0040): the current definition of each function here, replaced with `create or replace`
-- after the versioned migrations whenever this file changes. Change a function here, never in a landed V__ file; a
-- new table, column or trigger still needs a versioned migration.

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
