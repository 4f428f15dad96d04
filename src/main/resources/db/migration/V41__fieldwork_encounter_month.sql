-- Encounters per team and Europe/Oslo month, by each dimension the statistics count them by (module: fieldwork).
-- A materialised monthly roll-up kept exact in the same transaction by statement triggers on encounter,
-- encounter_count and encounter_youth (ADR 0013): FieldworkCounts reads whole months of a period here and only the
-- days of a partial month at a period's edges from the rows themselves.
--
--   dimension  key                       encounters                        registered
--   ARENA      arena code                sum(total)                        sum(registered_count)
--   AREA       area id                   sum(total)                        sum(registered_count)
--   PLACE      place id                  sum(total)                        sum(registered_count)
--   HOUR       local hour 0-23           sum(total)                        sum(registered_count)
--   THEME      theme code                sum(total), once per theme        sum(registered_count)
--   TALLY      GENDER|age band           sum(count) of the anonymous tally 0
--   MET        GENDER|age band           registered youths met             0
--
-- A row may fall to zero when encounters are deleted or moved; readers skip zero sums. Locks are taken in one order
-- (the encounter's dimensions, then its tally, then the youths met, each sorted by key), so that two transactions
-- never wait for each other in a circle.

create table encounter_month (
    team_id    uuid        not null references team (id),
    dimension  varchar(10) not null check (dimension in ('ARENA', 'AREA', 'PLACE', 'HOUR', 'THEME', 'TALLY', 'MET')),
    month      date        not null check (extract(day from month) = 1),
    key        text        not null,
    encounters bigint      not null,
    registered bigint      not null default 0,
    primary key (team_id, dimension, month, key)
);

-- What one encounter row adds to its month under its own dimensions, times sign (1 to add, -1 to take away).
create function encounter_month_dimensions(e encounter, sign integer)
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

create function encounter_month_encounter_inserted() returns trigger
    language plpgsql as
$$
begin
    insert into encounter_month as m (team_id, dimension, month, key, encounters, registered)
    select d.team_id, d.dimension, d.month, d.key, sum(d.encounters), sum(d.registered)
      from new_rows e, encounter_month_dimensions(e, 1) d
     group by 1, 2, 3, 4
     order by 1, 2, 3, 4
    on conflict (team_id, dimension, month, key) do update
        set encounters = m.encounters + excluded.encounters, registered = m.registered + excluded.registered;
    return null;
end;
$$;

-- An edited encounter: its old dimensions out, the new ones in; and when it moved to another month, its tally and
-- the youths met move with it (as they are now; changes to them are counted by their own triggers).
create function encounter_month_encounter_updated() returns trigger
    language plpgsql as
$$
begin
    insert into encounter_month as m (team_id, dimension, month, key, encounters, registered)
    select d.team_id, d.dimension, d.month, d.key, sum(d.encounters), sum(d.registered)
      from (select d.* from old_rows e, encounter_month_dimensions(e, -1) d
            union all
            select d.* from new_rows e, encounter_month_dimensions(e, 1) d) d
     group by 1, 2, 3, 4
    having sum(d.encounters) <> 0 or sum(d.registered) <> 0
     order by 1, 2, 3, 4
    on conflict (team_id, dimension, month, key) do update
        set encounters = m.encounters + excluded.encounters, registered = m.registered + excluded.registered;

    insert into encounter_month as m (team_id, dimension, month, key, encounters)
    select moved.team_id, 'TALLY', moved.month, c.gender || '|' || c.age_band, sum(moved.sign * c.count)
      from (select o.id, o.team_id, date_trunc('month', o.local_date)::date as month, -1 as sign
              from old_rows o join new_rows n on n.id = o.id
             where date_trunc('month', o.local_date) <> date_trunc('month', n.local_date)
            union all
            select n.id, n.team_id, date_trunc('month', n.local_date)::date, 1
              from old_rows o join new_rows n on n.id = o.id
             where date_trunc('month', o.local_date) <> date_trunc('month', n.local_date)) moved
      join encounter_count c on c.encounter_id = moved.id
     group by 1, 2, 3, 4
    having sum(moved.sign * c.count) <> 0
     order by 1, 2, 3, 4
    on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;

    insert into encounter_month as m (team_id, dimension, month, key, encounters)
    select moved.team_id, 'MET', moved.month, y.gender || '|' || y.age_band, sum(moved.sign)
      from (select o.id, o.team_id, date_trunc('month', o.local_date)::date as month, -1 as sign
              from old_rows o join new_rows n on n.id = o.id
             where date_trunc('month', o.local_date) <> date_trunc('month', n.local_date)
            union all
            select n.id, n.team_id, date_trunc('month', n.local_date)::date, 1
              from old_rows o join new_rows n on n.id = o.id
             where date_trunc('month', o.local_date) <> date_trunc('month', n.local_date)) moved
      join encounter_youth y on y.encounter_id = moved.id
     group by 1, 2, 3, 4
    having sum(moved.sign) <> 0
     order by 1, 2, 3, 4
    on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;
    return null;
end;
$$;

-- A deleted encounter takes away its dimensions, its tally and its youths met, while they can still be read. Its
-- tally and youths are then deleted by the cascade, and their own triggers find no encounter to count them under.
-- When the application deletes the tally first and then the encounter, the tally's trigger counts it and this one
-- finds none: either way each is taken away once.
create function encounter_month_encounter_deleted() returns trigger
    language plpgsql as
$$
begin
    insert into encounter_month as m (team_id, dimension, month, key, encounters, registered)
    select d.team_id, d.dimension, d.month, d.key, sum(d.encounters), sum(d.registered)
      from encounter_month_dimensions(old, -1) d
     group by 1, 2, 3, 4
     order by 1, 2, 3, 4
    on conflict (team_id, dimension, month, key) do update
        set encounters = m.encounters + excluded.encounters, registered = m.registered + excluded.registered;

    insert into encounter_month as m (team_id, dimension, month, key, encounters)
    select old.team_id, 'TALLY', date_trunc('month', old.local_date)::date, c.gender || '|' || c.age_band, -sum(c.count)
      from encounter_count c
     where c.encounter_id = old.id
     group by 1, 2, 3, 4
     order by 1, 2, 3, 4
    on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;

    insert into encounter_month as m (team_id, dimension, month, key, encounters)
    select old.team_id, 'MET', date_trunc('month', old.local_date)::date, y.gender || '|' || y.age_band, -count(*)
      from encounter_youth y
     where y.encounter_id = old.id
     group by 1, 2, 3, 4
     order by 1, 2, 3, 4
    on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;
    return old;
end;
$$;

create trigger encounter_month_inserted
    after insert on encounter referencing new table as new_rows
    for each statement execute function encounter_month_encounter_inserted();
create trigger encounter_month_updated
    after update on encounter referencing old table as old_rows new table as new_rows
    for each statement execute function encounter_month_encounter_updated();
create trigger encounter_month_deleted
    before delete on encounter
    for each row execute function encounter_month_encounter_deleted();

-- The anonymous tally and the registered youths met, in (sign 1) and out (sign -1), counted under their encounter's
-- team and month; a youth met counts one, with the gender and age band of that day. A statement trigger sees only the
-- transition tables of its own kind of statement, so each kind has its branch (PL/pgSQL plans a branch when it runs).
create function encounter_month_tally_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into encounter_month as m (team_id, dimension, month, key, encounters)
        select e.team_id, 'TALLY', date_trunc('month', e.local_date)::date, c.gender || '|' || c.age_band, sum(c.count)
          from new_rows c join encounter e on e.id = c.encounter_id
         group by 1, 2, 3, 4
         order by 1, 2, 3, 4
        on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;
    elsif tg_op = 'DELETE' then
        insert into encounter_month as m (team_id, dimension, month, key, encounters)
        select e.team_id, 'TALLY', date_trunc('month', e.local_date)::date, c.gender || '|' || c.age_band, -sum(c.count)
          from old_rows c join encounter e on e.id = c.encounter_id
         group by 1, 2, 3, 4
         order by 1, 2, 3, 4
        on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;
    else
        insert into encounter_month as m (team_id, dimension, month, key, encounters)
        select e.team_id, 'TALLY', date_trunc('month', e.local_date)::date, c.gender || '|' || c.age_band,
               sum(c.count)
          from (select encounter_id, gender, age_band, count from new_rows
                union all
                select encounter_id, gender, age_band, -count from old_rows) c
          join encounter e on e.id = c.encounter_id
         group by 1, 2, 3, 4
        having sum(c.count) <> 0
         order by 1, 2, 3, 4
        on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;
    end if;
    return null;
end;
$$;

create function encounter_month_met_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into encounter_month as m (team_id, dimension, month, key, encounters)
        select e.team_id, 'MET', date_trunc('month', e.local_date)::date, y.gender || '|' || y.age_band, count(*)
          from new_rows y join encounter e on e.id = y.encounter_id
         group by 1, 2, 3, 4
         order by 1, 2, 3, 4
        on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;
    elsif tg_op = 'DELETE' then
        insert into encounter_month as m (team_id, dimension, month, key, encounters)
        select e.team_id, 'MET', date_trunc('month', e.local_date)::date, y.gender || '|' || y.age_band, -count(*)
          from old_rows y join encounter e on e.id = y.encounter_id
         group by 1, 2, 3, 4
         order by 1, 2, 3, 4
        on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;
    else
        insert into encounter_month as m (team_id, dimension, month, key, encounters)
        select e.team_id, 'MET', date_trunc('month', e.local_date)::date, y.gender || '|' || y.age_band, sum(y.sign)
          from (select encounter_id, gender, age_band, 1 as sign from new_rows
                union all
                select encounter_id, gender, age_band, -1 from old_rows) y
          join encounter e on e.id = y.encounter_id
         group by 1, 2, 3, 4
        having sum(y.sign) <> 0
         order by 1, 2, 3, 4
        on conflict (team_id, dimension, month, key) do update set encounters = m.encounters + excluded.encounters;
    end if;
    return null;
end;
$$;

create trigger encounter_month_tally_inserted
    after insert on encounter_count referencing new table as new_rows
    for each statement execute function encounter_month_tally_changed();
create trigger encounter_month_tally_updated
    after update on encounter_count referencing old table as old_rows new table as new_rows
    for each statement execute function encounter_month_tally_changed();
create trigger encounter_month_tally_deleted
    after delete on encounter_count referencing old table as old_rows
    for each statement execute function encounter_month_tally_changed();
create trigger encounter_month_met_inserted
    after insert on encounter_youth referencing new table as new_rows
    for each statement execute function encounter_month_met_changed();
create trigger encounter_month_met_updated
    after update on encounter_youth referencing old table as old_rows new table as new_rows
    for each statement execute function encounter_month_met_changed();
create trigger encounter_month_met_deleted
    after delete on encounter_youth referencing old table as old_rows
    for each statement execute function encounter_month_met_changed();

-- What is there already.
insert into encounter_month (team_id, dimension, month, key, encounters, registered)
select d.team_id, d.dimension, d.month, d.key, sum(d.encounters), sum(d.registered)
  from encounter e, encounter_month_dimensions(e, 1) d
 group by 1, 2, 3, 4;
insert into encounter_month (team_id, dimension, month, key, encounters)
select e.team_id, 'TALLY', date_trunc('month', e.local_date)::date, c.gender || '|' || c.age_band, sum(c.count)
  from encounter_count c join encounter e on e.id = c.encounter_id
 group by 1, 2, 3, 4;
insert into encounter_month (team_id, dimension, month, key, encounters)
select e.team_id, 'MET', date_trunc('month', e.local_date)::date, y.gender || '|' || y.age_band, count(*)
  from encounter_youth y join encounter e on e.id = y.encounter_id
 group by 1, 2, 3, 4;
