-- The fieldwork module's monthly roll-up of encounters (table encounter_month, V41; ADR 0014, 0016): what one
-- encounter adds to its month, the one upsert every trigger adds through, the triggers of logged encounters, their
-- tallies, the youths met and imported lines, and the drift check and rebuild that tests and operators run
-- (docs/operations.md, "The monthly roll-up").
-- A repeatable migration (ADR 0040): the current definition of each function here, replaced with `create or replace`
-- after the versioned migrations whenever this file changes. Change a function here, never in a landed V__ file; a
-- new table, column or trigger still needs a versioned migration.
--
-- Locks are taken in one order (the encounter's dimensions, then its tally, then the youths met, each sorted by key),
-- so that two transactions never wait for each other in a circle: a trigger therefore adds each of the three in a
-- call of its own, and encounter_month_add sorts what it is given.

-- What one encounter row adds to its month under its own dimensions, times sign (1 to add, -1 to take away).
create or replace function encounter_month_dimensions(e encounter, sign integer)
    returns table (team_id uuid, dimension text, month date, key text, encounters bigint, registered bigint)
    language sql immutable parallel safe
as
$$
select e.team_id, d.dimension, date_trunc('month', e.local_date)::date, d.key, sign * e.total::bigint,
       sign * e.registered_count::bigint
  from (values ('ARENA', e.arena_code), ('AREA', e.area_id::text), ('PLACE', e.place_id::text),
               ('HOUR', e.local_hour::text)) d(dimension, key)
 where d.key is not null
union all
select e.team_id, 'THEME', date_trunc('month', e.local_date)::date, theme, sign * e.total::bigint,
       sign * e.registered_count::bigint
  from unnest(e.themes) as theme
$$;

-- Adds changes to the roll-up: the rows given are summed per team, dimension, month and key; a sum of nothing is
-- left out; the rest is added to the row there, or makes it, in the order of the key (the one lock order). Every
-- trigger below adds through here. A row may fall to zero when encounters are deleted or moved; readers skip zero
-- sums.
create or replace function encounter_month_add(changes encounter_month[]) returns void
    language sql as
$$
insert into encounter_month as m (team_id, dimension, month, key, encounters, registered)
select c.team_id, c.dimension, c.month, c.key, sum(c.encounters), sum(c.registered)
  from unnest(changes) c
 group by 1, 2, 3, 4
having sum(c.encounters) <> 0 or sum(c.registered) <> 0
 order by 1, 2, 3, 4
on conflict (team_id, dimension, month, key) do update
    set encounters = m.encounters + excluded.encounters, registered = m.registered + excluded.registered
$$;

create or replace function encounter_month_encounter_inserted() returns trigger
    language plpgsql as
$$
begin
    perform encounter_month_add(array(select row(d.*)::encounter_month
                                        from new_rows e, encounter_month_dimensions(e, 1) d));
    return null;
end;
$$;

-- An edited encounter: its old dimensions out, the new ones in; and when it moved to another month, its tally and
-- the youths met move with it (as they are now; changes to them are counted by their own triggers).
create or replace function encounter_month_encounter_updated() returns trigger
    language plpgsql as
$$
begin
    perform encounter_month_add(array(select row(d.*)::encounter_month
                                        from (select d.* from old_rows e, encounter_month_dimensions(e, -1) d
                                              union all
                                              select d.* from new_rows e, encounter_month_dimensions(e, 1) d) d));

    perform encounter_month_add(array(
        select row(moved.team_id, 'TALLY', moved.month, c.gender || '|' || c.age_band, moved.sign * c.count, 0)
                   ::encounter_month
          from (select o.id, o.team_id, date_trunc('month', o.local_date)::date as month, -1 as sign
                  from old_rows o join new_rows n on n.id = o.id
                 where date_trunc('month', o.local_date) <> date_trunc('month', n.local_date)
                union all
                select n.id, n.team_id, date_trunc('month', n.local_date)::date, 1
                  from old_rows o join new_rows n on n.id = o.id
                 where date_trunc('month', o.local_date) <> date_trunc('month', n.local_date)) moved
          join encounter_count c on c.encounter_id = moved.id));

    perform encounter_month_add(array(
        select row(moved.team_id, 'MET', moved.month, y.gender || '|' || y.age_band, moved.sign, 0)::encounter_month
          from (select o.id, o.team_id, date_trunc('month', o.local_date)::date as month, -1 as sign
                  from old_rows o join new_rows n on n.id = o.id
                 where date_trunc('month', o.local_date) <> date_trunc('month', n.local_date)
                union all
                select n.id, n.team_id, date_trunc('month', n.local_date)::date, 1
                  from old_rows o join new_rows n on n.id = o.id
                 where date_trunc('month', o.local_date) <> date_trunc('month', n.local_date)) moved
          join encounter_youth y on y.encounter_id = moved.id));
    return null;
end;
$$;

-- A deleted encounter takes away its dimensions, its tally and its youths met, while they can still be read. Its
-- tally and youths are then deleted by the cascade, and their own triggers find no encounter to count them under.
-- When the application deletes the tally first and then the encounter, the tally's trigger counts it and this one
-- finds none: either way each is taken away once.
create or replace function encounter_month_encounter_deleted() returns trigger
    language plpgsql as
$$
begin
    perform encounter_month_add(array(select row(d.*)::encounter_month from encounter_month_dimensions(old, -1) d));
    perform encounter_month_add(array(
        select row(old.team_id, 'TALLY', date_trunc('month', old.local_date)::date, c.gender || '|' || c.age_band,
                   -c.count, 0)::encounter_month
          from encounter_count c
         where c.encounter_id = old.id));
    perform encounter_month_add(array(
        select row(old.team_id, 'MET', date_trunc('month', old.local_date)::date, y.gender || '|' || y.age_band, -1, 0)
                   ::encounter_month
          from encounter_youth y
         where y.encounter_id = old.id));
    return old;
end;
$$;

-- The anonymous tally and the registered youths met, in (sign 1) and out (sign -1), counted under their encounter's
-- team and month; a youth met counts one, with the gender and age band of that day. A statement trigger sees only the
-- transition tables of its own kind of statement, so each kind has its branch (PL/pgSQL plans a branch when it runs).
create or replace function encounter_month_tally_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform encounter_month_add(array(
            select row(e.team_id, 'TALLY', date_trunc('month', e.local_date)::date, c.gender || '|' || c.age_band,
                       c.count, 0)::encounter_month
              from new_rows c join encounter e on e.id = c.encounter_id));
    elsif tg_op = 'DELETE' then
        perform encounter_month_add(array(
            select row(e.team_id, 'TALLY', date_trunc('month', e.local_date)::date, c.gender || '|' || c.age_band,
                       -c.count, 0)::encounter_month
              from old_rows c join encounter e on e.id = c.encounter_id));
    else
        perform encounter_month_add(array(
            select row(e.team_id, 'TALLY', date_trunc('month', e.local_date)::date, c.gender || '|' || c.age_band,
                       c.count, 0)::encounter_month
              from (select encounter_id, gender, age_band, count from new_rows
                    union all
                    select encounter_id, gender, age_band, -count from old_rows) c
              join encounter e on e.id = c.encounter_id));
    end if;
    return null;
end;
$$;

create or replace function encounter_month_met_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform encounter_month_add(array(
            select row(e.team_id, 'MET', date_trunc('month', e.local_date)::date, y.gender || '|' || y.age_band, 1, 0)
                       ::encounter_month
              from new_rows y join encounter e on e.id = y.encounter_id));
    elsif tg_op = 'DELETE' then
        perform encounter_month_add(array(
            select row(e.team_id, 'MET', date_trunc('month', e.local_date)::date, y.gender || '|' || y.age_band, -1, 0)
                       ::encounter_month
              from old_rows y join encounter e on e.id = y.encounter_id));
    else
        perform encounter_month_add(array(
            select row(e.team_id, 'MET', date_trunc('month', e.local_date)::date, y.gender || '|' || y.age_band,
                       y.sign, 0)::encounter_month
              from (select encounter_id, gender, age_band, 1 as sign from new_rows
                    union all
                    select encounter_id, gender, age_band, -1 from old_rows) y
              join encounter e on e.id = y.encounter_id));
    end if;
    return null;
end;
$$;

-- Imported lines in and out of the monthly roll-up (V43): the same dimensions as a logged encounter and its tally,
-- counted in one pass over the statement's rows with grouping sets, themes in a second. The month is the date minus
-- its day of month (no time-zone arithmetic), and the function has the memory to aggregate a million lines in a hash.
create or replace function encounter_month_imported_changed() returns trigger
    language plpgsql
    set work_mem = '64MB'
as
$$
begin
    execute format($sql$
        select encounter_month_add(array(
            select row(team_id, dimension, month, key, $1 * n, 0)::encounter_month
              from (select team_id, month,
                           case when grouping(arena_code) = 0 then 'ARENA' when grouping(area_id) = 0 then 'AREA'
                                when grouping(place_id) = 0 then 'PLACE' when grouping(local_hour) = 0 then 'HOUR'
                                else 'TALLY' end as dimension,
                           case when grouping(arena_code) = 0 then arena_code
                                when grouping(area_id) = 0 then area_id::text
                                when grouping(place_id) = 0 then place_id::text
                                when grouping(local_hour) = 0 then local_hour::text
                                else gender || '|' || age_band end as key,
                           sum(count) as n
                      from (select team_id, local_date - (extract(day from local_date)::integer - 1) as month,
                                   arena_code, area_id, place_id, local_hour, gender, age_band, count
                              from %1$I) r
                     group by grouping sets ((team_id, month, arena_code), (team_id, month, area_id),
                                             (team_id, month, place_id), (team_id, month, local_hour),
                                             (team_id, month, gender, age_band))
                    union all
                    select team_id, local_date - (extract(day from local_date)::integer - 1), 'THEME', theme,
                           sum(count)
                      from %1$I, unnest(themes) as theme
                     where themes <> '{}'
                     group by 1, 2, 3, 4) d
             where key is not null))
        $sql$, case when tg_op = 'INSERT' then 'new_rows' else 'old_rows' end)
        using case when tg_op = 'INSERT' then 1 else -1 end;
    return null;
end;
$$;

-- What the roll-up should hold, computed from the rows themselves: logged encounters under their dimensions, their
-- tallies and youths met, and imported lines under the same dimensions; for one team, or every team when p_team is
-- null. Sums of nothing are left out, as readers skip them.
create or replace function encounter_month_expected(p_team uuid default null)
    returns table (team_id uuid, dimension text, month date, key text, encounters bigint, registered bigint)
    language sql stable as
$$
select r.team_id, r.dimension, r.month, r.key, sum(r.encounters)::bigint, sum(r.registered)::bigint
  from (select d.team_id, d.dimension, d.month, d.key, d.encounters, d.registered
          from encounter e, encounter_month_dimensions(e, 1) d
         where p_team is null or e.team_id = p_team
        union all
        select e.team_id, 'TALLY', date_trunc('month', e.local_date)::date, c.gender || '|' || c.age_band, c.count, 0
          from encounter_count c join encounter e on e.id = c.encounter_id
         where p_team is null or e.team_id = p_team
        union all
        select e.team_id, 'MET', date_trunc('month', e.local_date)::date, y.gender || '|' || y.age_band, 1, 0
          from encounter_youth y join encounter e on e.id = y.encounter_id
         where p_team is null or e.team_id = p_team
        union all
        select i.team_id, v.dimension, i.local_date - (extract(day from i.local_date)::integer - 1), v.key, i.count, 0
          from imported_encounter i,
               lateral (values ('ARENA', i.arena_code), ('AREA', i.area_id::text), ('PLACE', i.place_id::text),
                               ('HOUR', i.local_hour::text), ('TALLY', i.gender || '|' || i.age_band)) v(dimension, key)
         where (p_team is null or i.team_id = p_team) and v.key is not null
        union all
        select i.team_id, 'THEME', i.local_date - (extract(day from i.local_date)::integer - 1), theme, i.count, 0
          from imported_encounter i, unnest(i.themes) as theme
         where p_team is null or i.team_id = p_team) r
 group by 1, 2, 3, 4
having sum(r.encounters) <> 0 or sum(r.registered) <> 0
$$;

-- The drift check: every roll-up row that differs from what the rows say (a missing row reads as zero), with what is
-- stored and what is expected; nothing when the roll-up is exact. For one team, or every team when p_team is null.
create or replace function encounter_month_drift(p_team uuid default null)
    returns table (team_id uuid, dimension text, month date, key text, stored_encounters bigint,
                   expected_encounters bigint, stored_registered bigint, expected_registered bigint)
    language sql stable as
$$
select coalesce(s.team_id, x.team_id), coalesce(s.dimension, x.dimension), coalesce(s.month, x.month),
       coalesce(s.key, x.key), coalesce(s.encounters, 0), coalesce(x.encounters, 0), coalesce(s.registered, 0),
       coalesce(x.registered, 0)
  from (select m.team_id, m.dimension::text as dimension, m.month, m.key, m.encounters, m.registered
          from encounter_month m
         where p_team is null or m.team_id = p_team) s
  full join encounter_month_expected(p_team) x
    on x.team_id = s.team_id and x.dimension = s.dimension and x.month = s.month and x.key = s.key
 where coalesce(s.encounters, 0) <> coalesce(x.encounters, 0) or coalesce(s.registered, 0) <> coalesce(x.registered, 0)
 order by 1, 2, 3, 4
$$;

-- The rebuild: sets every drifted row of one team (or of every team when p_team is null) to what the rows say, and
-- deletes a stored row the rows give nothing for. Writes to the roll-up wait while it runs (the table lock), so that
-- it reads encounters whose roll-up changes are all committed; readers do not wait. Returns the number of rows fixed.
create or replace function encounter_month_rebuild(p_team uuid default null) returns integer
    language plpgsql as
$$
declare
    fixed integer;
begin
    lock table encounter_month in share row exclusive mode;
    with drift as (select * from encounter_month_drift(p_team)),
         removed as (delete from encounter_month m
                      using drift d
                      where m.team_id = d.team_id and m.dimension = d.dimension and m.month = d.month
                        and m.key = d.key and d.expected_encounters = 0 and d.expected_registered = 0
                     returning 1),
         set_right as (insert into encounter_month as m (team_id, dimension, month, key, encounters, registered)
                       select d.team_id, d.dimension, d.month, d.key, d.expected_encounters, d.expected_registered
                         from drift d
                        where d.expected_encounters <> 0 or d.expected_registered <> 0
                        order by 1, 2, 3, 4
                       on conflict (team_id, dimension, month, key) do update
                           set encounters = excluded.encounters, registered = excluded.registered
                       returning 1)
    select (select count(*) from removed) + (select count(*) from set_right) into fixed;
    return fixed;
end;
$$;
