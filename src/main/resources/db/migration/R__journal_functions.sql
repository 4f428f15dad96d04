-- The journal module's guards: a signed entry is final but for the retention path (V12, V59, V71), and the table is
-- never truncated (V12).
-- A repeatable migration (ADR 0040): the current definition of each function here, replaced with `create or replace`
-- after the versioned migrations whenever this file changes. Change a function here, never in a landed V__ file; a
-- new table, column or trigger still needs a versioned migration.

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

create or replace function journal_entry_no_truncate() returns trigger
    language plpgsql as
$$
begin
    raise exception 'Journal entries cannot be truncated' using errcode = 'integrity_constraint_violation';
end;
$$;
