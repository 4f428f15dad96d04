-- The fieldwork module's imported encounters (V43; ADR 0016): their references checked once per statement, their
-- lines never changed, an import with lines never deleted (V74), and the views the counts read, logged and imported
-- encounters alike.
-- A repeatable migration (ADR 0040): the current definition of each function here, replaced with `create or replace`
-- after the versioned migrations whenever this file changes. Change a function here, never in a landed V__ file; a
-- new table, column or trigger still needs a versioned migration.

create or replace function imported_encounter_checked() returns trigger
    language plpgsql
    set work_mem = '64MB'
as
$$
begin
    if exists (select 1
                 from new_rows n
                 left join encounter_import i on i.id = n.import_id and i.team_id = n.team_id
                 left join code_item a on a.id = n.area_id and a.team_id = n.team_id and a.kind = 'AREA'
                 left join code_item p on p.id = n.place_id and p.team_id = n.team_id and p.kind = 'PLACE'
                where i.id is null or (n.area_id is not null and a.id is null)
                   or (n.place_id is not null and p.id is null)) then
        raise foreign_key_violation using
            message = 'an imported encounter refers to an import, area or place that is not its team''s';
    end if;
    return null;
end;
$$;

create or replace function imported_encounter_unchanged() returns trigger
    language plpgsql as
$$
begin
    raise exception 'imported encounters are not changed; undo the import and import again';
end;
$$;

-- What the counts read: logged and imported encounters alike, and their anonymous tallies.
create or replace view counted_encounter as
select team_id, local_date, local_hour, arena_code, area_id, place_id, themes, total, registered_count
  from encounter
union all
select team_id, local_date, local_hour, arena_code, area_id, place_id, themes, count, 0
  from imported_encounter;

create or replace view counted_tally as
select e.team_id, e.local_date, c.gender, c.age_band, c.count
  from encounter e join encounter_count c on c.encounter_id = e.id
union all
select team_id, local_date, gender, age_band, count
  from imported_encounter;

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
