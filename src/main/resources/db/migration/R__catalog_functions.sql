-- The catalog module's guard: codes and services in use are retired, never deleted (V73).
-- A repeatable migration (ADR 0040): the current definition of each function here, replaced with `create or replace`
-- after the versioned migrations whenever this file changes. Change a function here, never in a landed V__ file; a
-- new table, column or trigger still needs a versioned migration.

-- A code of the team's lists, or a service of its directory, is retired, never deleted, once anything refers to it:
-- the rows that name it without a foreign key (by id, or by code in a text column, an array or a roll-up key) would
-- otherwise lose their meaning. One unused (made by mistake, never used) may still be deleted. The references with a
-- foreign key (encounter.area_id, activity_group.service_id, …) refuse on their own. ADR 0040, "Invariants".
create or replace function catalog_item_in_use() returns trigger
    language plpgsql as
$$
begin
    if tg_table_name = 'service' then
        if exists (select from referral r where r.team_id = old.team_id and r.service_id = old.id)
            or exists (select from anonymous_guidance g where g.team_id = old.team_id and g.service_id = old.id)
            or exists (select from consent c where c.team_id = old.team_id and c.service_id = old.id) then
            raise exception 'Service "%" (%) is in use and cannot be deleted: retire it instead', old.name, old.id
                using errcode = 'foreign_key_violation';
        end if;
        return old;
    end if;
    if exists (select from encounter_month m
                where m.team_id = old.team_id and (m.encounters <> 0 or m.registered <> 0)
                  and ((old.kind in ('AREA', 'PLACE') and m.dimension = old.kind and m.key = old.id::text)
                    or (old.kind in ('ARENA', 'THEME') and m.dimension = old.kind and m.key = old.code)
                    or (old.kind = 'AGE_BAND' and m.dimension in ('TALLY', 'MET')
                        and split_part(m.key, '|', 2) = old.code)))
        or (old.kind = 'SCHOOL' and exists (select from youth y where y.team_id = old.team_id and y.school_id = old.id))
        or (old.kind = 'ARENA' and exists (select from activity_group g
                                             where g.team_id = old.team_id and g.arena_code = old.code))
        or (old.kind = 'GROUP_TYPE' and exists (select from activity_group g
                                                  where g.team_id = old.team_id and g.type_code = old.code))
        or (old.kind = 'THEME' and (
               exists (select from journal_entry j where j.team_id = old.team_id and old.code = any (j.themes))
            or exists (select from referral r where r.team_id = old.team_id and old.code = any (r.themes))
            or exists (select from anonymous_guidance g where g.team_id = old.team_id and old.code = any (g.themes))
            or exists (select from parent_guidance g where g.team_id = old.team_id and old.code = any (g.themes))
            or exists (select from information_event i where i.team_id = old.team_id and old.code = any (i.themes))))
    then
        raise exception 'Code "%" of the list % (%) is in use and cannot be deleted: retire it instead', old.code,
            old.kind, old.id using errcode = 'foreign_key_violation';
    end if;
    return old;
end;
$$;
