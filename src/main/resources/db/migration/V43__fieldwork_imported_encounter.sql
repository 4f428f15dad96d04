-- Encounters imported from a team's earlier system (module: fieldwork, ADR 0016). One row per CSV line: an anonymous
-- tally of one gender and age band, read-only, kept apart from the encounters workers log so that a million lines
-- are stored in seconds: a heap row and two index entries each, no per-row trigger. Its references (the import, the
-- area, the place, all of the same team) are checked once per statement by imported_encounter_checked below instead
-- of by a foreign-key trigger per row; code items and imports are never deleted. Encounters imported before this
-- migration stay in encounter, with their source_id.

create table imported_encounter (
    team_id     uuid        not null,
    source_id   varchar(120) collate "C" not null,
    import_id   uuid        not null,
    occurred_at timestamptz not null,
    local_date  date        not null,
    local_hour  smallint    not null check (local_hour between 0 and 23),
    arena_code  varchar(60) not null,
    area_id     uuid,
    place_id    uuid,
    themes      text[]      not null default '{}',
    gender      varchar(10) not null check (gender in ('BOY', 'GIRL', 'OTHER', 'UNKNOWN')),
    age_band    varchar(20) not null,
    count       integer     not null check (count > 0),
    primary key (team_id, source_id)
);
create index imported_encounter_team_date_idx on imported_encounter (team_id, local_date);

-- An import whose lines are in imported_encounter can be undone as a whole: its lines are deleted and the import stays
-- in the history as undone. Imports stored before this migration (their lines in encounter) cannot.
alter table encounter_import
    add column undoable  boolean not null default false,
    add column undone_at timestamptz,
    add column undone_by uuid references account (id),
    add check ((undone_at is null) = (undone_by is null));

create function imported_encounter_checked() returns trigger
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

create trigger imported_encounter_checked
    after insert on imported_encounter referencing new table as new_rows
    for each statement execute function imported_encounter_checked();

create function imported_encounter_unchanged() returns trigger
    language plpgsql as
$$
begin
    raise exception 'imported encounters are not changed; undo the import and import again';
end;
$$;

create trigger imported_encounter_unchanged
    before update on imported_encounter
    for each statement execute function imported_encounter_unchanged();

-- Imported lines in and out of the monthly roll-up (V41): the same dimensions as a logged encounter and its tally,
-- counted in one pass over the statement's rows with grouping sets, themes in a second. The month is the date minus
-- its day of month (no time-zone arithmetic), and the function has the memory to aggregate a million lines in a hash.
create function encounter_month_imported_changed() returns trigger
    language plpgsql
    set work_mem = '64MB'
as
$$
begin
    execute format($sql$
        insert into encounter_month as m (team_id, dimension, month, key, encounters)
        select team_id, dimension, month, key, $1 * sum(n)
          from (select team_id, month,
                       case when grouping(arena_code) = 0 then 'ARENA' when grouping(area_id) = 0 then 'AREA'
                            when grouping(place_id) = 0 then 'PLACE' when grouping(local_hour) = 0 then 'HOUR'
                            else 'TALLY' end as dimension,
                       case when grouping(arena_code) = 0 then arena_code when grouping(area_id) = 0 then area_id::text
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
                select team_id, local_date - (extract(day from local_date)::integer - 1), 'THEME', theme, sum(count)
                  from %1$I, unnest(themes) as theme
                 where themes <> '{}'
                 group by 1, 2, 3, 4) d
         where key is not null
         group by 1, 2, 3, 4
         order by 1, 2, 3, 4
        on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters
        $sql$, case when tg_op = 'INSERT' then 'new_rows' else 'old_rows' end)
        using case when tg_op = 'INSERT' then 1 else -1 end;
    return null;
end;
$$;

create trigger encounter_month_imported_inserted
    after insert on imported_encounter referencing new table as new_rows
    for each statement execute function encounter_month_imported_changed();
create trigger encounter_month_imported_deleted
    after delete on imported_encounter referencing old table as old_rows
    for each statement execute function encounter_month_imported_changed();

-- What the counts read: logged and imported encounters alike, and their anonymous tallies.
create view counted_encounter as
select team_id, local_date, local_hour, arena_code, area_id, place_id, themes, total, registered_count
  from encounter
union all
select team_id, local_date, local_hour, arena_code, area_id, place_id, themes, count, 0
  from imported_encounter;

create view counted_tally as
select e.team_id, e.local_date, c.gender, c.age_band, c.count
  from encounter e join encounter_count c on c.encounter_id = e.id
union all
select team_id, local_date, gender, age_band, count
  from imported_encounter;
