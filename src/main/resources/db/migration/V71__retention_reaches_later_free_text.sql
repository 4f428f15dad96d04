-- Retention (module: retention, ADR 0034) reaches the free text that came after V59: the written grounds of a guardian
-- contact's legal basis in the journal (V69), a help measure's title, goals and follow-up notes (V65), and the reason of a
-- restriction of processing (V70). A signed journal entry stays final but for the retention path, which may now blank
-- its grounds as well as its text.

create or replace function journal_entry_signed_is_final() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'SIGNED' then
        if tg_op = 'UPDATE' and retention_path_open(tg_relid)
            and (to_jsonb(old) - 'text' - 'legal_basis_note') = (to_jsonb(new) - 'text' - 'legal_basis_note') then
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
