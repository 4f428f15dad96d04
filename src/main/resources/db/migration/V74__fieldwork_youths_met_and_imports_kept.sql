-- What fieldwork refers to is kept (module: fieldwork, ADR 0040 "Invariants"): a registered youth met in an encounter
-- is not deleted while the link exists (erase_youth turns the links into anonymous tallies first, V70), and an
-- import with stored lines is undone, not deleted. The function's current definition is in
-- R__fieldwork_imported_encounter.sql; it is created here because the trigger needs it.

-- A key that refuses deleting the youth (no action: checked at the end of the statement). Made NOT VALID and then
-- validated, so that a database where a youth was ever deleted under a link still migrates: it then keeps the key
-- unvalidated (new rows and deletions are checked all the same) and says so.
alter table encounter_youth
    add constraint encounter_youth_youth_fk foreign key (youth_id) references youth (id) not valid;

do
$$
begin
    if exists (select from encounter_youth ey where not exists (select from youth y where y.id = ey.youth_id)) then
        raise warning 'encounter_youth links to youths that no longer exist: encounter_youth_youth_fk stays unvalidated';
    else
        alter table encounter_youth validate constraint encounter_youth_youth_fk;
    end if;
end
$$;

-- An import whose lines are stored is undone (its lines deleted, the import kept as undone), never deleted:
-- imported_encounter.import_id has no foreign key (ADR 0016: no per-row trigger on a million lines). ADR 0040.
create or replace function encounter_import_in_use() returns trigger
    language plpgsql as
$$
begin
    if exists (select from imported_encounter i where i.team_id = old.team_id and i.import_id = old.id) then
        raise exception 'Import % has imported encounters and cannot be deleted: undo it instead', old.id
            using errcode = 'foreign_key_violation';
    end if;
    return old;
end;
$$;

create trigger encounter_import_in_use
    before delete on encounter_import
    for each row execute function encounter_import_in_use();
