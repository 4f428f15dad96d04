-- The statistics benchmark's history (issue 7), written by bench/generate-statistics-data.sh: run with psql against a
-- database whose schema Flyway made and whose teams, code lists, leaders and SLT account the application made through
-- its admin pages. Everything here is set-based SQL (INSERT ... SELECT over generate_series): no row is written on its
-- own. Every constraint, foreign key and trigger of the schema stays on and checks what is written.
--
-- Variables (psql -v): first_year, years, per_year (encounter rows per team and year), youths_per_year (new registered
-- youths per team and year), observations_per_year (field observations per team and year), workers (per team), seed.
--
-- Shapes, taken from the domain brief and the demo data:
--   * shifts: a school-day shift (arena school) on most school days, an evening shift most days, until 02:00 on Friday
--     and Saturday nights; 55-85 % of the time directly with youths; two workers and one or two areas each;
--   * encounters: arenas street 44 %, school 18 %, online 12 %, gaming 5 %, event 5 %, office 10 %, phone 6 %; days
--     weighted by season (May-June and August high, 17 May and 30 April three and two times a day's weight) and weekday
--     (Friday and Saturday high), school encounters on school days only; hours by arena (evenings in the street, breaks
--     at school); 40 % alone, most in twos and threes, a few groups up to 18; boys and girls, now and then one of
--     unknown gender; one age band, girls sometimes in the band above the boys'; 0-3 themes; areas and places of the
--     team's own code lists, a platform for online and gaming; linked to the shift they happened on;
--   * registered youths: registered through the year with a consent to registration, ages 11-22, a school for most,
--     followed for two months to four years (closed after), 6 % withdraw their consent (closed that day), 10 % with a
--     consent that expires after two years; 80 % get a priority level with up to three movements; 35 % a worrying
--     development (one or two criteria); consents to share with a service and to contact guardians for some; one or
--     two contact workers; met in encounters about once every four weeks while the record is open, counted in
--     encounter_youth with the gender and age band of that day (and in the encounter's total);
--   * journal: about one entry every three weeks per open record (follow-up conversations, phone and digital,
--     guardians, cooperation meetings, notes), signed, a few drafts, 1.5 % corrected by a later entry; anonymous
--     conversations besides (5 %);
--   * field observations: gatherings, alcohol, cannabis, vandalism, ... by area and place, in the evening.
-- Instants are built from Europe/Oslo local times, and local_date and local_hour are read back from the instant, so
-- they agree as the application's own writes do (daylight saving time included).

\set ON_ERROR_STOP on
\timing on
set client_min_messages = warning;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set max_parallel_workers_per_gather = 0;
set jit = off;
set timezone = 'UTC';
select setseed(:seed);

create temp table gen_range as
select make_date(:first_year, 1, 1) as first_day, make_date(:first_year + :years, 1, 1) as end_day;

-- ---------------------------------------------------------------------------------------------------------------
-- Teams (made by the application), their staff and their code lists
-- ---------------------------------------------------------------------------------------------------------------
create temp table gen_team as
select t.id, (row_number() over (order by t.name))::int as n, t.name, t.municipality_id,
       regexp_replace(t.name, '^\S+\s+', '') as district, l.id as leader, l.password_hash as hash
  from team t
  join lateral (select a.id, a.password_hash from account a where a.team_id = t.id and a.role = 'LEADER'
                 order by a.username limit 1) l on true;

do $$
begin
    if (select count(*) from gen_team) = 0 then
        raise exception 'No team with a leader: the teams are made by bench/generate-statistics-data.sh first';
    end if;
    if exists (select 1 from encounter) then
        raise exception 'The database already holds encounters: generate into a fresh database';
    end if;
end;
$$;

-- workers share the leader's password (a hash the application made); the names are made up
create temp table gen_worker as
select gen_random_uuid() as id, t.id as team_id, t.n, w as idx, t.municipality_id, t.hash
  from gen_team t, generate_series(1, :workers) w;
insert into account (id, municipality_id, team_id, username, display_name, password_hash, role, created_at)
select id, municipality_id, team_id, format('bench.t%s.w%s', n, idx),
       (array['Ingrid', 'Jonas', 'Kari', 'Ola', 'Mona', 'Ahmed', 'Sofie', 'Emil', 'Fatima', 'Henrik', 'Line',
              'Marius', 'Sunniva', 'Tarjei'])[1 + (n * 3 + idx) % 14] || ' '
           || (array['Solberg', 'Haugen', 'Lie', 'Bakken', 'Nilsen', 'Berg', 'Dahl', 'Hansen', 'Johansen', 'Larsen',
                     'Aasen', 'Strand'])[1 + (n + idx * 7) % 12],
       hash, 'WORKER', make_date(:first_year - 1, 12, 1)::timestamptz
  from gen_worker;

-- the staff of each team who log and write: the workers and the leader
create temp table gen_staff as
select t.id as team_id, array_agg(s.id order by s.id) as ids, count(*)::int as k
  from gen_team t
  join lateral (select w.id from gen_worker w where w.team_id = t.id union all select t.leader) s on true
 group by t.id;

-- areas: the default "Sentrum" and four of the team's district; places in them, one a school's grounds
create temp table gen_area as
select c.id, c.team_id, 1 as idx, c.label from code_item c join gen_team t on t.id = c.team_id
 where c.kind = 'AREA' and c.code = 'sentrum';
insert into gen_area
select gen_random_uuid(), t.id, a.idx, t.district || ' ' || a.suffix
  from gen_team t, (values (2, 'nord'), (3, 'sør'), (4, 'øst'), (5, 'vest')) a(idx, suffix);

create function pg_temp.slug(label text) returns text language sql immutable as
$$ select trim(both '-' from regexp_replace(translate(replace(lower(label), 'æ', 'ae'), 'øåéèüö', 'oaeeuo'),
                                             '[^a-z0-9]+', '-', 'g')) $$;

insert into code_item (id, team_id, kind, code, label, sort_order)
select id, team_id, 'AREA', pg_temp.slug(label), label, idx * 10 from gen_area where idx > 1;

create temp table gen_place as
select c.id, c.team_id, a.idx as area_idx, false as school from code_item c
  join gen_area a on a.id = c.area_id where c.kind = 'PLACE';
create temp table gen_new_place as
select gen_random_uuid() as id, a.team_id, a.id as area_id, a.idx as area_idx, a.label || ' ' || p.name as label,
       p.school, p.ord
  from gen_area a, (values (1, 'skolegård', true), (2, 'senter', false), (3, 'idrettspark', false),
                           (4, 'T-banestasjon', false), (5, 'ungdomsklubb', false)) p(ord, name, school)
 where a.idx > 1;
insert into code_item (id, team_id, kind, code, label, sort_order, area_id)
select id, team_id, 'PLACE', pg_temp.slug(label), label, 100 + area_idx * 10 + ord, area_id from gen_new_place;
insert into gen_place select id, team_id, area_idx, school from gen_new_place;

create temp table gen_area_places as
select a.team_id, a.idx, a.id as area_id,
       coalesce(array_agg(p.id order by p.id) filter (where not p.school), '{}') as street,
       coalesce(array_agg(p.id order by p.id) filter (where p.school), '{}') as schoolyard
  from gen_area a left join gen_place p on p.team_id = a.team_id and p.area_idx = a.idx
 group by a.team_id, a.idx, a.id;

-- schools: two at each level
create temp table gen_school as
select gen_random_uuid() as id, t.id as team_id, s.level, s.ord, t.district || s.name as label
  from gen_team t, (values (1, ' barneskole', 'PRIMARY'), (2, ' nord barneskole', 'PRIMARY'),
                           (3, ' ungdomsskole', 'LOWER_SECONDARY'), (4, ' sør ungdomsskole', 'LOWER_SECONDARY'),
                           (5, ' videregående skole', 'UPPER_SECONDARY'),
                           (6, ' vest videregående skole', 'UPPER_SECONDARY')) s(ord, name, level);
insert into code_item (id, team_id, kind, code, label, sort_order, school_level)
select id, team_id, 'SCHOOL', pg_temp.slug(label), label, ord * 10, level from gen_school;

-- ---------------------------------------------------------------------------------------------------------------
-- The calendar: school days, and each day's weight for encounters
-- ---------------------------------------------------------------------------------------------------------------
create temp table gen_day as
select d::date as d, extract(isodow from d)::int as dow, extract(month from d)::int as month,
       extract(year from d)::int as year,
       extract(isodow from d) <= 5 and not (extract(month from d) = 7
           or (extract(month from d) = 8 and extract(day from d) < 18)
           or (extract(month from d) = 6 and extract(day from d) > 20)
           or (extract(month from d) = 12 and extract(day from d) > 20)
           or (extract(month from d) = 1 and extract(day from d) < 3)
           or extract(week from d) in (8, 14, 40)) as school_day,
       round((array[6, 6, 7, 8, 10, 11, 9, 10, 8, 7, 6, 7])[extract(month from d)::int]
           * (array[1.0, 1.0, 1.0, 1.1, 1.6, 1.5, 0.7])[extract(isodow from d)::int]
           * case when to_char(d, 'MM-DD') = '05-17' then 3 when to_char(d, 'MM-DD') = '04-30' then 2 else 1 end)::int
           as weight
  from generate_series(make_date(:first_year, 1, 1), make_date(:first_year + :years, 1, 1) - 1, interval '1 day') d;

-- a day is drawn as a numbered slot of its year: every day has as many slots as its weight ('all'), every school day
-- one ('school'); a table to join rather than an array to index, which would be read whole for every row
create temp table gen_slot as
select year, 'all' as kind, (row_number() over (partition by year order by d, w) - 1)::int as slot, d
  from gen_day, generate_series(1, weight) w
union all
select year, 'school', (row_number() over (partition by year order by d) - 1)::int, d from gen_day where school_day;
create index on gen_slot (year, kind, slot);
analyze gen_slot;
create temp table gen_year as
select year, count(*) filter (where kind = 'all') as all_slots, count(*) filter (where kind = 'school') as school_slots
  from gen_slot group by year;

-- arenas: the hours they happen at (an hour repeated by its weight); their shares are drawn below
create temp table gen_arena (code text primary key, upto double precision, hours int[]);
insert into gen_arena values
    ('street', 0.44, array[12, 13, 14, 14, 15, 15, 15, 15, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 17, 17, 17, 18, 18, 18,
                           18, 18, 18, 18, 18, 19, 19, 19, 19, 19, 19, 19, 19, 19, 20, 20, 20, 20, 20, 20, 20, 20, 20,
                           20, 21, 21, 21, 21, 21, 21, 21, 21, 21, 22, 22, 22, 22, 22, 22, 22, 23, 23, 23, 23, 0, 0, 1]),
    ('school', 0.62, array[8, 8, 8, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11, 11, 11, 11,
                           12, 12, 12, 12, 12, 12, 12, 12, 12, 13, 13, 13, 13, 13, 13, 13, 14, 14, 14, 14, 14, 15, 15]),
    ('online', 0.74, array[10, 12, 12, 14, 14, 14, 14, 16, 16, 16, 16, 16, 16, 18, 18, 18, 18, 18, 18, 18, 19, 19, 19,
                           19, 19, 19, 19, 19, 20, 20, 20, 20, 20, 20, 20, 20, 20, 21, 21, 21, 21, 21, 21, 21, 21, 21,
                           22, 22, 22, 22, 22, 22, 22, 23, 23, 23, 23, 0]),
    ('gaming', 0.79, array[17, 17, 17, 17, 18, 18, 18, 18, 18, 18, 18, 19, 19, 19, 19, 19, 19, 19, 19, 19, 20, 20, 20,
                           20, 20, 20, 20, 20, 20, 20, 21, 21, 21, 21, 21, 21, 21, 21, 21, 22, 22, 22, 22, 22, 22, 23,
                           23, 23]),
    ('event', 0.84, array[17, 17, 17, 18, 18, 18, 18, 18, 18, 19, 19, 19, 19, 19, 19, 19, 19, 20, 20, 20, 20, 20, 20, 20,
                          20, 20, 21, 21, 21, 21, 21, 21, 21, 21, 22, 22, 22, 22, 22, 22, 23, 23, 23, 23, 0, 0]),
    ('office', 0.94, array[9, 9, 9, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 12, 12, 12, 12, 12, 12, 13, 13, 13, 13, 13,
                           13, 13, 14, 14, 14, 14, 14, 14, 14, 14, 15, 15, 15, 15, 15, 15, 15, 15, 16, 16, 16, 16, 16,
                           17, 17, 17]),
    ('phone', 1.0, array[9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 15, 16, 16, 16, 17, 17, 18, 18, 19, 19, 20,
                         20, 21, 22]);

-- themes, repeated by weight
create temp table gen_themes as
select array['friends', 'friends', 'friends', 'friends', 'friends', 'friends', 'friends', 'friends', 'friends',
             'friends', 'school', 'school', 'school', 'school', 'school', 'school', 'school', 'school', 'school',
             'leisure', 'leisure', 'leisure', 'leisure', 'leisure', 'leisure', 'leisure', 'leisure', 'mental_health',
             'mental_health', 'mental_health', 'mental_health', 'mental_health', 'mental_health', 'mental_health',
             'alcohol', 'alcohol', 'alcohol', 'alcohol', 'alcohol', 'alcohol', 'alcohol', 'family', 'family', 'family',
             'family', 'family', 'family', 'love', 'love', 'love', 'love', 'love', 'cannabis', 'cannabis', 'cannabis',
             'cannabis', 'cannabis', 'online', 'online', 'online', 'online', 'online', 'anxiety_depression',
             'anxiety_depression', 'anxiety_depression', 'anxiety_depression', 'sexuality', 'sexuality', 'sexuality',
             'violence', 'violence', 'violence', 'crime', 'crime', 'crime', 'work_money', 'work_money', 'work_money',
             'drugs', 'drugs', 'housing', 'radicalisation'] as codes;

-- ---------------------------------------------------------------------------------------------------------------
-- Shifts
-- ---------------------------------------------------------------------------------------------------------------
create temp table gen_shift as
select gen_random_uuid() as id, r.team_id, r.d, r.kind,
       ((r.d + r.starts) at time zone 'Europe/Oslo') as started_at,
       ((r.d + r.starts + r.length) at time zone 'Europe/Oslo') as ended_at,
       r.direct, r.w1, r.w2, r.a1, r.a2
  from (select t.id as team_id, d.d, k.kind,
               case when k.kind = 'day' then interval '8 hours' + make_interval(mins => (random() * 60)::int)
                    when d.dow in (5, 6) then interval '18 hours'
                    else interval '16 hours' + make_interval(mins => (random() * 60)::int) end as starts,
               case when k.kind = 'day' then interval '7 hours'
                    when d.dow in (5, 6) then interval '8 hours'
                    else make_interval(mins => 390 + (random() * 30)::int) end as length,
               0.55 + random() * 0.3 as direct,
               floor(random() * s.k)::int as w1, 1 + floor(random() * (s.k - 1))::int as w2,
               1 + floor(random() * 5)::int as a1, case when random() < 0.4 then 1 + floor(random() * 5)::int end as a2
          from gen_team t join gen_staff s on s.team_id = t.id cross join gen_day d
               cross join (values ('day'), ('evening')) k(kind)
         where (k.kind = 'day' and d.school_day and random() < 0.85)
            or (k.kind = 'evening' and (d.dow <> 7 or random() < 0.5))) r;

insert into shift (id, team_id, started_at, ended_at, arena_code, direct_minutes, created_by, created_at)
select g.id, g.team_id, g.started_at, g.ended_at, case g.kind when 'day' then 'school' else 'street' end,
       (extract(epoch from g.ended_at - g.started_at) / 60 * g.direct)::int, s.ids[1 + g.w1], g.started_at
  from gen_shift g join gen_staff s on s.team_id = g.team_id
 order by g.started_at;
insert into shift_worker (shift_id, account_id)
select g.id, s.ids[1 + g.w1] from gen_shift g join gen_staff s on s.team_id = g.team_id
union all
select g.id, s.ids[1 + (g.w1 + g.w2) % s.k] from gen_shift g join gen_staff s on s.team_id = g.team_id;
insert into shift_area (shift_id, area_id)
select distinct g.id, a.id from gen_shift g
  join gen_area a on a.team_id = g.team_id and a.idx in (g.a1, g.a2)
 where g.kind = 'evening';

-- ---------------------------------------------------------------------------------------------------------------
-- Registered youths, their consents, priority levels and concerns
-- ---------------------------------------------------------------------------------------------------------------
create temp table gen_youth as
select r.*,
       case when r.withdrawn_on is not null then r.withdrawn_on
            when r.reg_day + r.length < (select end_day from gen_range) then r.reg_day + r.length end as closed_on,
       least(coalesce(r.withdrawn_on, r.reg_day + r.length), r.expires_on + 1, (select end_day from gen_range))
           as window_end,
       extract(year from r.reg_day)::int - r.age - 1 as birth_year,
       case when r.r_birth < 0.75 then make_date(extract(year from r.reg_day)::int - r.age - 1,
                                                 1 + floor(r.r_birth * 16)::int % 12, 1 + floor(r.r_birth * 3700)::int % 28)
            end as birth_date
  from (select q.*,
               case when q.r_withdraw < 0.06 and q.reg_day + floor(q.length * q.r_when)::int
                        < (select end_day from gen_range)
                    then q.reg_day + floor(q.length * q.r_when)::int end as withdrawn_on,
               case when q.r_expires < 0.10 then q.reg_day + 730 end as expires_on
          from (select p.*, 60 + floor(random() * random() * 1400)::int as length, random() as r_withdraw,
                       random() as r_when, random() as r_expires
                  from (select gen_random_uuid() as id, t.id as team_id, t.n as team_n, y as year, i,
                               make_date(y, 1, 1) + floor(random() * 365)::int as reg_day,
                               (array[11, 12, 12, 13, 13, 13, 14, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16, 17, 17, 17,
                                      18, 18, 19, 19, 20, 21, 22])[1 + floor(random() * 27)::int] as age,
                               case when random() < 0.50 then 'BOY' when random() < 0.93 then 'GIRL'
                                    when random() < 0.6 then 'OTHER' else 'UNKNOWN' end as gender,
                               random() as r_birth, random() as r_school, random() as r_name, random() as r_phone,
                               floor(random() * s.k)::int as c1, floor(random() * s.k)::int as c2, random() as r_c2,
                               random() as r_restricted, random() as r_giver, random() as r_concern
                          from gen_team t join gen_staff s on s.team_id = t.id,
                               generate_series(:first_year, :first_year + :years - 1) y,
                               generate_series(1, :youths_per_year) i) p) q) r;

create temp table gen_level as
with base as (
    select y.id as youth_id, y.team_id, y.reg_day, y.window_end, y.c1,
           case when random() < 0.25 then 0 when random() < 0.87 then 1 else 2 end as level0,
           1 + floor(random() * random() * 4)::int as k
      from gen_youth y
     where random() < 0.8),
steps as (
    select b.youth_id, b.team_id, b.reg_day, b.window_end, b.c1, b.level0, s,
           case when s = 1 then floor(random() * 14)::int else 20 + floor(random() * 220)::int end as gap,
           case when s = 1 then 0 else 1 + floor(random() * 2)::int end as step, random() as r_reason
      from base b, generate_series(1, b.k) s),
walk as (
    select youth_id, team_id, window_end, c1, s, r_reason,
           reg_day + (sum(gap) over w)::int as changed_on, ((level0 + sum(step) over w) % 3)::int as level
      from steps window w as (partition by youth_id order by s))
select youth_id, team_id, c1, s, r_reason, changed_on,
       (array['RED', 'YELLOW', 'GREEN'])[1 + level] as to_level,
       (array['RED', 'YELLOW', 'GREEN'])[1 + lag(level) over (partition by youth_id order by s)] as from_level
  from walk
 where changed_on < window_end;

-- a youth and her consent to registration in one transaction: the deferred trigger checks it at commit
begin;
insert into youth (id, team_id, name, birth_date, birth_year, gender, phone, school_id, home_municipality, status,
                   closed_on, priority, restricted, registered_at, registered_by)
select y.id, y.team_id,
       case when y.gender = 'GIRL'
            then (array['Emma', 'Nora', 'Sara', 'Ida', 'Aisha', 'Maja', 'Sofie', 'Ingrid', 'Thea', 'Amalie', 'Hanna',
                        'Linnea', 'Mathilde', 'Selma', 'Julie', 'Fatima', 'Leah', 'Vilde', 'Maryam', 'Tiril'])
                     [1 + floor(y.r_name * 20)::int]
            else (array['Jonas', 'Mikkel', 'Sander', 'Tobias', 'Emil', 'Ahmed', 'Filip', 'Oskar', 'Magnus', 'Elias',
                        'Noah', 'Isak', 'Adrian', 'Mohammed', 'Henrik', 'Jakob', 'Liam', 'Kasper', 'Ali', 'Sebastian'])
                     [1 + floor(y.r_name * 20)::int] end
           || ' ' || (array['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen',
                            'Jensen', 'Karlsen', 'Østby', 'Haugland', 'Berg', 'Hagen', 'Aas', 'Solheim', 'Mahmoud',
                            'Lie', 'Dahl', 'Ali', 'Nguyen', 'Strand', 'Bakke', 'Lund', 'Moen'])
                           [1 + floor(y.r_name * 997)::int % 25],
       y.birth_date, y.birth_year,
       y.gender,
       case when y.r_phone < 0.4 then '9' || lpad((floor(y.r_phone * 2.5e8))::text, 7, '0') end,
       case when y.r_school < 0.6 and y.age < 19 then (select s.id from gen_school s
                                         where s.team_id = y.team_id
                                           and s.level = case when y.age < 13 then 'PRIMARY'
                                                              when y.age < 16 then 'LOWER_SECONDARY'
                                                              else 'UPPER_SECONDARY' end
                                           and s.ord % 2 = (floor(y.r_school * 10)::int % 2)) end,
       'Kommunen',
       case when y.closed_on is null then 'ACTIVE' else 'CLOSED' end, y.closed_on,
       ll.to_level,
       y.r_restricted < 0.03,
       (y.reg_day + time '14:00') at time zone 'Europe/Oslo', st.ids[1 + y.c1]
  from gen_youth y join gen_staff st on st.team_id = y.team_id
  left join (select distinct on (youth_id) youth_id, to_level from gen_level order by youth_id, s desc) ll
       on ll.youth_id = y.id
 order by y.reg_day;

insert into consent (id, team_id, youth_id, scope, given_by, form, given_on, expires_on, recorded_by, recorded_at,
                     withdrawn_on, withdrawn_by, withdrawal_recorded_at)
select gen_random_uuid(), y.team_id, y.id, 'REGISTRATION',
       case when y.age < 15 and y.r_giver < 0.5 then 'BOTH' else 'YOUTH' end,
       case when y.r_giver < 0.3 then 'WRITTEN' else 'ORAL' end,
       y.reg_day, y.expires_on, st.ids[1 + y.c1], (y.reg_day + time '14:00') at time zone 'Europe/Oslo',
       y.withdrawn_on, case when y.withdrawn_on is not null then st.ids[1 + y.c1] end,
       (y.withdrawn_on + time '15:00') at time zone 'Europe/Oslo'
  from gen_youth y join gen_staff st on st.team_id = y.team_id;
commit;

-- consents to share with a service (25 %), to contact guardians (10 %), for a child-welfare measure (3 %)
insert into consent (id, team_id, youth_id, scope, service_id, given_by, form, given_on, recorded_by, recorded_at)
select gen_random_uuid(), r.team_id, r.id, r.scope, r.service_id, 'YOUTH', 'ORAL', r.given_on, r.by,
       (r.given_on + time '13:00') at time zone 'Europe/Oslo'
  from (select y.id, y.team_id, sc.scope, sc.share, st.ids[1 + y.c1] as by,
               y.reg_day + floor(random() * (y.window_end - y.reg_day))::int as given_on,
               case when sc.scope = 'SHARING' then sv.id end as service_id, random() as r_share
          from gen_youth y join gen_staff st on st.team_id = y.team_id
               cross join (values ('SHARING', 0.25), ('GUARDIAN_CONTACT', 0.10), ('CHILD_WELFARE', 0.03)) sc(scope, share)
               join lateral (select s.id from service s where s.team_id = y.team_id
                              order by md5(s.id::text || y.id::text) limit 1) sv on true) r
 -- (random() in the subquery's list, not in a WHERE the planner would push down to the three scopes)
 where r.r_share < r.share and r.given_on < (select end_day from gen_range);

insert into youth_contact (youth_id, account_id)
select y.id, st.ids[1 + y.c1] from gen_youth y join gen_staff st on st.team_id = y.team_id
union
select y.id, st.ids[1 + y.c2] from gen_youth y join gen_staff st on st.team_id = y.team_id where y.r_c2 < 0.4;

insert into priority_change (id, team_id, youth_id, from_level, to_level, changed_on, reason, changed_by, recorded_at)
select gen_random_uuid(), l.team_id, l.youth_id, l.from_level, l.to_level, l.changed_on,
       case l.to_level
           when 'RED' then (array['Anmeldt for tyveri sammen med eldre ungdommer.', 'Bruker cannabis daglig, mye fravær.',
                                  'Voldsepisode i sentrum, tett samarbeid med politiet.'])[1 + floor(l.r_reason * 3)::int]
           when 'YELLOW' then (array['Søker seg mot en gruppe eldre gutter.', 'Mye alene, lite nettverk.',
                                     'Fravær fra skolen, uro hjemme.'])[1 + floor(l.r_reason * 3)::int]
           else (array['Nytt nettverk gjennom gruppa, går på skolen.', 'Fått sommerjobb, trener fast.',
                       'Ingen nye hendelser på et halvt år.'])[1 + floor(l.r_reason * 3)::int] end,
       st.ids[1 + l.c1], (l.changed_on + time '15:00') at time zone 'Europe/Oslo'
  from gen_level l join gen_staff st on st.team_id = l.team_id
 order by l.changed_on;

insert into concern (id, team_id, youth_id, criterion, noted_on, ended_on, noted_by, recorded_at)
select gen_random_uuid(), c.team_id, c.youth_id, c.criterion, c.noted_on,
       case when c.r_end < 0.5 and c.noted_on + c.lasts < c.window_end then c.noted_on + c.lasts end,
       c.by, (c.noted_on + time '16:00') at time zone 'Europe/Oslo'
  from (select distinct on (y.id, cr.criterion) y.id as youth_id, y.team_id, y.window_end, cr.criterion,
               y.reg_day + floor(random() * (y.window_end - y.reg_day))::int as noted_on,
               30 + floor(random() * 300)::int as lasts, random() as r_end, st.ids[1 + y.c1] as by
          from gen_youth y join gen_staff st on st.team_id = y.team_id,
               generate_series(1, case when y.r_concern < 0.12 then 2 else 1 end) n,
               lateral (select (array['CRIMINAL_GROUPS', 'THREATS', 'VIOLENCE', 'FIGHTS', 'DRUGS_TRYING',
                                      'DRUGS_USING', 'DRUGS_SELLING'])[1 + floor(random() * 7)::int] as criterion
                         where n > 0) cr
         where y.r_concern < 0.35) c;

-- ---------------------------------------------------------------------------------------------------------------
-- Encounters: staged in an unlogged table, then written in the order they happened, all teams interleaved
-- ---------------------------------------------------------------------------------------------------------------
-- As pg_restore does: the three big tables get their indexes, primary keys and foreign keys back after the load, built
-- from the definitions saved here (pg_get_indexdef, pg_get_constraintdef), so that every key is checked once over
-- the whole table instead of once a row. Whatever a later migration adds to these tables is saved and restored too.
create temp table gen_ddl as
select 1 as step, format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname) as drop_ddl,
       format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
           as create_ddl,
       case c.contype when 'p' then 1 when 'u' then 1 else 3 end as create_order
  from pg_constraint c
 where c.contype in ('p', 'u', 'f')
   and (c.conrelid in ('encounter'::regclass, 'encounter_count'::regclass, 'encounter_youth'::regclass)
        or c.confrelid in ('encounter'::regclass, 'encounter_count'::regclass, 'encounter_youth'::regclass))
union all
select 2, format('drop index %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), 2
  from pg_index i
 where i.indrelid in ('encounter'::regclass, 'encounter_count'::regclass, 'encounter_youth'::regclass)
   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'));

do $$
declare ddl record;
begin
    -- foreign keys first, then the keys they point to, then the plain indexes
    for ddl in select drop_ddl from gen_ddl order by step, create_order desc loop
        execute ddl.drop_ddl;
    end loop;
end;
$$;

create unlogged table gen_encounter_pick as
select o.*, case when o.arena = 'school' then 'school' else 'all' end as slot_kind,
       floor(o.r_day * case when o.arena = 'school' then y.school_slots else y.all_slots end)::int as slot
  from (select r.*, case when r.r_arena < 0.44 then 'street' when r.r_arena < 0.62 then 'school'
                         when r.r_arena < 0.74 then 'online' when r.r_arena < 0.79 then 'gaming'
                         when r.r_arena < 0.84 then 'event' when r.r_arena < 0.94 then 'office'
                         else 'phone' end as arena
          from (select t.id as team_id, t.n as team_n, y as year, random() as r_arena, random() as r_day,
                       random() as r_hour, random() as r_min, random() as r_area, random() as r_place,
                       random() as r_platform, random() as r_themes, random() as r_t1, random() as r_t2,
                       random() as r_t3, random() as r_size, random() as r_size2, random() as r_gender,
                       random() as r_gender2, random() as r_unknown, random() as r_band, random() as r_band2,
                       random() as r_by, random() as r_logged
                  from gen_team t, generate_series(:first_year, :first_year + :years - 1) y,
                       generate_series(1, :per_year) i) r) o
  join gen_year y on y.year = o.year;
analyze gen_encounter_pick;

create unlogged table gen_encounter_raw as
select p.team_id, p.team_n, p.arena, p.r_area, p.r_place, p.r_platform, p.r_gender, p.r_gender2, p.r_unknown,
       p.r_band, p.r_band2, p.r_by, p.r_logged,
       (ds.d + make_interval(hours => a.hours[1 + floor(p.r_hour * array_length(a.hours, 1))::int],
                             mins => floor(p.r_min * 60)::int)) as local_ts,
       case when p.r_size < 0.40 then 1 when p.r_size < 0.65 then 2 when p.r_size < 0.78 then 3
            when p.r_size < 0.93 then 4 + floor(p.r_size2 * 3)::int else 7 + floor(p.r_size2 * 12)::int end as size,
       case when p.r_themes < 0.25 then 0 when p.r_themes < 0.65 then 1 when p.r_themes < 0.90 then 2 else 3 end
           as themes_k,
       th.codes[1 + floor(p.r_t1 * array_length(th.codes, 1))::int] as t1,
       th.codes[1 + floor(p.r_t2 * array_length(th.codes, 1))::int] as t2,
       th.codes[1 + floor(p.r_t3 * array_length(th.codes, 1))::int] as t3
  from gen_encounter_pick p
  join gen_slot ds on ds.year = p.year and ds.kind = p.slot_kind and ds.slot = p.slot
  join gen_arena a on a.code = p.arena
 cross join gen_themes th;
drop table gen_encounter_pick;

create unlogged table gen_encounter as
select gen_random_uuid() as id, r.team_id, r.arena, r.occurred_at,
       (r.occurred_at at time zone 'Europe/Oslo')::date as local_date,
       extract(hour from r.occurred_at at time zone 'Europe/Oslo')::int as local_hour,
       r.area_idx, r.r_place, r.platform, r.themes, r.boys, r.girls, r.unknown, r.band, r.girls_band, r.r_by, r.r_logged
  from (select x.*, (x.local_ts at time zone 'Europe/Oslo') as occurred_at,
               case when x.arena in ('street', 'school', 'event')
                    then case when x.r_area < 0.30 then 1 when x.r_area < 0.50 then 2 when x.r_area < 0.70 then 3
                              when x.r_area < 0.85 then 4 else 5 end end as area_idx,
               case when x.arena = 'online' then case when x.r_platform < 0.45 then 'SNAPCHAT'
                                                      when x.r_platform < 0.65 then 'INSTAGRAM'
                                                      when x.r_platform < 0.85 then 'TIKTOK'
                                                      when x.r_platform < 0.90 then 'DISCORD' else 'OTHER' end
                    when x.arena = 'gaming' then case when x.r_platform < 0.8 then 'DISCORD' else 'OTHER' end end
                   as platform,
               case x.themes_k when 0 then '{}'::text[] when 1 then array[x.t1]
                               when 2 then case when x.t1 = x.t2 then array[x.t1] else array[x.t1, x.t2] end
                               else array(select distinct u from unnest(array[x.t1, x.t2, x.t3]) u order by u) end
                   as themes,
               x.unknown_n as unknown,
               case when x.r_gender < 0.35 then x.known when x.r_gender < 0.60 then 0
                    else x.known - floor(x.known * (0.3 + 0.4 * x.r_gender2))::int end as boys,
               case when x.r_gender < 0.35 then 0 when x.r_gender < 0.60 then x.known
                    else floor(x.known * (0.3 + 0.4 * x.r_gender2))::int end as girls,
               case when x.r_band2 < 0.25 and x.band <> '>18'
                            then (array['<12', '12-15', '16-18', '>18'])[array_position(array['<12', '12-15', '16-18', '>18'], x.band) + 1]
                            else x.band end as girls_band
          from (select w.*, case when w.r_unknown < 0.03 then 1 else 0 end as unknown_n,
                       w.size - case when w.r_unknown < 0.03 then 1 else 0 end as known,
                       case when w.arena = 'school'
                            then case when w.r_band < 0.12 then '<12' when w.r_band < 0.72 then '12-15' else '16-18' end
                            when w.arena = 'office'
                            then case when w.r_band < 0.20 then '12-15' when w.r_band < 0.60 then '16-18' else '>18' end
                            else case when w.r_band < 0.03 then '<12' when w.r_band < 0.43 then '12-15'
                                      when w.r_band < 0.88 then '16-18' else '>18' end end as band
                  from gen_encounter_raw w) x) r;
drop table gen_encounter_raw;

-- the registered youths met: about once every four weeks while the record is open, in one of that day's encounters
create temp table gen_meeting_day as
select y.id as youth_id, y.team_id, y.gender, y.birth_date, y.birth_year,
       y.reg_day + floor(random() * (y.window_end - y.reg_day))::int as d, random() as r_slot
  from gen_youth y
  join lateral (select generate_series(1, floor((y.window_end - y.reg_day) / 28.0 * (0.3 + random() * 1.4))::int)) n on true
 where y.window_end > y.reg_day;

create temp table gen_day_encounters as
select team_id, local_date, array_agg(id) as ids from gen_encounter group by team_id, local_date;

create temp table gen_meeting as
select distinct on (e.ids[1 + floor(m.r_slot * array_length(e.ids, 1))::int], m.youth_id)
       e.ids[1 + floor(m.r_slot * array_length(e.ids, 1))::int] as encounter_id, m.youth_id,
       m.gender,
       case when a.age < 12 then '<12' when a.age < 16 then '12-15' when a.age < 19 then '16-18' else '>18' end as age_band
  from gen_meeting_day m
  join gen_day_encounters e on e.team_id = m.team_id and e.local_date = m.d
  cross join lateral (select case when m.birth_date is not null then extract(year from age(m.d, m.birth_date))::int
                                  else extract(year from m.d)::int - m.birth_year end as age) a;
create index on gen_meeting (encounter_id);
drop table gen_day_encounters;
drop table gen_meeting_day;

create temp table gen_meeting_count as
select encounter_id, count(*)::int as n from gen_meeting group by encounter_id;

insert into encounter (id, team_id, shift_id, occurred_at, local_date, local_hour, arena_code, area_id, place_id,
                       platform, themes, total, registered_count, created_by, created_at)
select e.id, e.team_id, s.id, e.occurred_at, e.local_date, e.local_hour, e.arena, ap.area_id,
       case when e.arena in ('street', 'event') and e.r_place < 0.75 and cardinality(ap.street) > 0
            then ap.street[1 + floor(e.r_place / 0.75 * cardinality(ap.street))::int]
            when e.arena = 'school' and e.r_place < 0.6 and cardinality(ap.schoolyard) > 0
            then ap.schoolyard[1 + floor(e.r_place / 0.6 * cardinality(ap.schoolyard))::int] end,
       e.platform, e.themes, e.boys + e.girls + e.unknown + coalesce(m.n, 0), coalesce(m.n, 0),
       st.ids[1 + floor(e.r_by * st.k)::int], e.occurred_at + make_interval(mins => 5 + floor(e.r_logged * 180)::int)
  from gen_encounter e
  join gen_staff st on st.team_id = e.team_id
  left join gen_area_places ap on ap.team_id = e.team_id and ap.idx = e.area_idx
  left join gen_meeting_count m on m.encounter_id = e.id
  left join gen_shift s on s.team_id = e.team_id
        and s.kind = case when e.arena = 'school' then 'day' when e.arena in ('street', 'event') then 'evening' end
        and s.d = case when e.local_hour < 3 then e.local_date - 1 else e.local_date end
        and e.occurred_at >= s.started_at and e.occurred_at < s.ended_at
 order by e.occurred_at;

insert into encounter_count (encounter_id, gender, age_band, count)
select e.id, c.gender, c.band, c.n
  from gen_encounter e
 cross join lateral (values ('BOY', e.band, e.boys), ('GIRL', e.girls_band, e.girls), ('UNKNOWN', e.band, e.unknown))
       c(gender, band, n)
 where c.n > 0
 order by e.occurred_at;

insert into encounter_youth (encounter_id, youth_id, gender, age_band)
select encounter_id, youth_id, gender, age_band from gen_meeting order by encounter_id;

drop table gen_encounter;

do $$
declare ddl record;
begin
    for ddl in select create_ddl from gen_ddl order by create_order, create_ddl loop
        execute ddl.create_ddl;
    end loop;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Journal entries: signed notes on the registered youths, a few drafts and corrections, anonymous conversations
-- ---------------------------------------------------------------------------------------------------------------
create temp table gen_entry as
select gen_random_uuid() as id, j.*
  from (select y.id as youth_id, y.team_id, st.ids[1 + case when random() < 0.7 then y.c1 else y.c2 end] as author,
               y.reg_day + floor(random() * (y.window_end - y.reg_day))::int as occurred_on,
               random() as r_type, random() as r_text, random() as r_text2, random() as r_themes,
               random() as r_draft, random() as r_correct, random() as r_minutes
          from gen_youth y join gen_staff st on st.team_id = y.team_id
          join lateral (select generate_series(1, floor((y.window_end - y.reg_day) / 20.0 * (0.4 + random()))::int)) n
               on true
         where y.window_end > y.reg_day) j;

create temp table gen_texts as
select array['Samtale på kafé om skole og venner. Avtalte ny samtale om en uke.',
             'Gåtur i sentrum. Forteller at det går bedre hjemme, men fraværet er fortsatt høyt.',
             'Møttes på fritidsklubben. Snakket om rus og hva som skjer på fester i helgene.',
             'Ringte etter avtale. Har fått time hos helsesykepleier på torsdag.',
             'Kort prat på Snapchat. Vil gjerne ha hjelp til å søke sommerjobb.',
             'Samarbeidsmøte med skolen og foresatte, med ungdommens samtykke. Plan for oppmøte lagt.',
             'Samtale med foresatte hjemme. De ønsker hjelp til å finne fritidsaktiviteter.',
             'Fulgte til NAV ungdom. Søknaden er sendt, svar ventes om to uker.',
             'Snakket om en konflikt i vennegjengen og hvordan den kan løses uten vold.',
             'Var stille i starten, men fortalte etter hvert at han vil slutte å røyke.'] as texts;

insert into journal_entry (id, team_id, youth_id, type, occurred_on, duration_minutes, themes, text, status,
                           author_id, created_at, signed_at)
select e.id, e.team_id, e.youth_id, e.type, e.occurred_on,
       case when e.type <> 'NOTE' then 10 + floor(e.r_minutes * 80)::int end,
       case when e.r_themes < 0.15 then '{}'::text[]
            when e.r_themes < 0.6 then array[th.codes[1 + floor(e.r_text2 * array_length(th.codes, 1))::int]]
            else array(select distinct u from unnest(array[th.codes[1 + floor(e.r_text2 * array_length(th.codes, 1))::int],
                                                          th.codes[1 + floor(e.r_minutes * array_length(th.codes, 1))::int]]) u
                        order by u) end,
       tx.texts[1 + floor(e.r_text * 10)::int] || ' ' || tx.texts[1 + floor(e.r_text2 * 10)::int],
       case when e.draft then 'DRAFT' else 'SIGNED' end, e.author,
       (e.occurred_on + time '20:00') at time zone 'Europe/Oslo',
       case when not e.draft then (e.occurred_on + time '20:15') at time zone 'Europe/Oslo' end
  from (select g.*,
               case when g.r_type < 0.55 then 'FOLLOW_UP' when g.r_type < 0.80 then 'PHONE_DIGITAL'
                    when g.r_type < 0.87 then 'GUARDIANS' when g.r_type < 0.95 then 'COOPERATION_MEETING'
                    else 'NOTE' end as type,
               (g.occurred_on >= (select end_day from gen_range) - 14 and g.r_draft < 0.5) or g.r_draft < 0.005
                   as draft
          from gen_entry g) e
 cross join gen_themes th cross join gen_texts tx
 order by e.occurred_on;

-- corrections: a later signed entry that points to the signed one it corrects
insert into journal_entry (id, team_id, youth_id, type, occurred_on, duration_minutes, themes, text, status,
                           author_id, created_at, signed_at, corrects_id)
select gen_random_uuid(), j.team_id, j.youth_id, j.type, j.occurred_on, j.duration_minutes, j.themes,
       'Rettelse: ' || j.text, 'SIGNED', j.author_id, j.created_at + interval '1 day',
       j.created_at + interval '1 day 10 minutes', j.id
  from journal_entry j join gen_entry g on g.id = j.id
 where j.status = 'SIGNED' and g.r_correct < 0.015;

-- anonymous conversations: no youth, no text
insert into journal_entry (id, team_id, youth_id, type, occurred_on, duration_minutes, themes, status, author_id,
                           created_at, signed_at)
select gen_random_uuid(), a.team_id, null, a.type, a.occurred_on, 10 + floor(random() * 40)::int,
       array[th.codes[1 + floor(random() * array_length(th.codes, 1))::int]], 'SIGNED', a.author,
       (a.occurred_on + time '21:00') at time zone 'Europe/Oslo', (a.occurred_on + time '21:05') at time zone 'Europe/Oslo'
  from (select t.id as team_id, case when random() < 0.6 then 'FOLLOW_UP' else 'PHONE_DIGITAL' end as type,
               make_date(y, 1, 1) + floor(random() * 365)::int as occurred_on,
               st.ids[1 + floor(random() * st.k)::int] as author
          from gen_team t join gen_staff st on st.team_id = t.id,
               generate_series(:first_year, :first_year + :years - 1) y,
               generate_series(1, greatest(1, (select count(*) from gen_entry)::int / 19 / (select count(*) from gen_team)::int / :years))) a
 cross join gen_themes th
 order by a.occurred_on;

drop table gen_entry;

-- ---------------------------------------------------------------------------------------------------------------
-- Field observations
-- ---------------------------------------------------------------------------------------------------------------
insert into field_observation (id, team_id, observed_at, local_date, area_id, place_id, kinds, gathering_size,
                               severity, note, created_by, created_at)
select gen_random_uuid(), o.team_id, o.observed_at, (o.observed_at at time zone 'Europe/Oslo')::date, ap.area_id,
       case when o.r_place < 0.5 and cardinality(ap.street) > 0
            then ap.street[1 + floor(o.r_place * 2 * cardinality(ap.street))::int] end,
       o.kinds, case when 'GATHERING' = any(o.kinds) then 5 + floor(o.r_size * 60)::int end,
       case when o.r_severity < 0.6 then 'LOW' when o.r_severity < 0.9 then 'MEDIUM' else 'HIGH' end,
       null, st.ids[1 + floor(o.r_by * st.k)::int], o.observed_at + interval '2 hours'
  from (select t.id as team_id,
               y.year, floor(random() * y.all_slots)::int as slot,
               make_interval(hours => 18 + floor(random() * 6)::int, mins => floor(random() * 60)::int) as at,
               1 + floor(random() * 5)::int as area_idx, random() as r_place, random() as r_size,
               random() as r_severity, random() as r_by,
               (array['GATHERING', 'GATHERING', 'GATHERING', 'GATHERING', 'GATHERING', 'GATHERING', 'ALCOHOL',
                      'ALCOHOL', 'ALCOHOL', 'ALCOHOL', 'CANNABIS', 'CANNABIS', 'OTHER_DRUGS', 'DRUG_SALE', 'VIOLENCE',
                      'THREATS', 'WEAPONS', 'GROUP_CONFLICT', 'VANDALISM', 'VANDALISM', 'OTHER',
                      'OTHER'])[1 + floor(random() * 22)::int] as k1,
               case when random() < 0.4 then (array['ALCOHOL', 'CANNABIS', 'VANDALISM', 'GROUP_CONFLICT',
                                                    'THREATS'])[1 + floor(random() * 5)::int] end as k2
          from gen_team t cross join gen_year y cross join generate_series(1, :observations_per_year) i) o0
  cross join lateral (select o0.*, array(select distinct k from unnest(array[o0.k1, o0.k2]) k
                                          where k is not null order by k) as kinds,
                             ((select ds.d from gen_slot ds where ds.year = o0.year and ds.kind = 'all' and ds.slot = o0.slot)
                                 + o0.at) at time zone 'Europe/Oslo' as observed_at) o
  join gen_staff st on st.team_id = o.team_id
  join gen_area_places ap on ap.team_id = o.team_id and ap.idx = o.area_idx
 order by o.observed_at;

drop table gen_meeting;
