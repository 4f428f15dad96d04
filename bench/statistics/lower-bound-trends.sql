-- The lower bound for the SLT trends (issue 7): the figures of the trends page for all teams of the municipality,
-- straight from the tables the application writes, in ONE hand-written statement, timed with psql by
-- bench/run-statistics.sh beside the application. For the months :'from_month' to :'to_month' (first days of months):
-- encounters per month by arena, by area and by theme; field observations per month by area and kind; youths per
-- priority level at the end of each month; encounters by arena over the run and over the same run a year earlier;
-- and for the last month, the month before and the same month a year earlier the totals, areas and themes of the
-- "what changed" summary (these come out of the monthly rows). Output: one row per figure (what, month, key, n).
--
-- Variables: municipality (uuid), from_month, to_month, rollup (true: the encounters' figures from the monthly roll-up
-- encounter_month of ADR 0014; false: from the encounter rows themselves).
\if :{?rollup}
\else
\set rollup false
\endif
with teams as materialized (
    select id from team where municipality_id = :'municipality'),
run as (
    select date :'from_month' as from_day, (date :'to_month' + interval '1 month')::date as until_day),
\if :rollup
monthly as (
    select lower(r.dimension) as what, r.month, r.key, sum(r.encounters) as n
      from encounter_month r, run
     where r.team_id in (select id from teams) and r.dimension in ('ARENA', 'AREA')
       and r.month >= (run.from_day - interval '1 year')::date and r.month < run.until_day
     group by r.dimension, r.month, r.key
    having sum(r.encounters) > 0),
themes as (
    select 'theme' as what, r.month, r.key, sum(r.encounters) as n
      from encounter_month r, run
     where r.team_id in (select id from teams) and r.dimension = 'THEME'
       and r.month >= run.from_day and r.month < run.until_day
     group by r.month, r.key
    having sum(r.encounters) > 0),
\else
e as materialized (
    select e.local_date, e.arena_code, e.area_id, e.themes, e.total
      from encounter e, run
     where e.team_id in (select id from teams) and e.local_date >= (run.from_day - interval '1 year')::date
       and e.local_date < run.until_day),
monthly as (
    select case when grouping(arena_code) = 0 then 'arena' else 'area' end as what,
           date_trunc('month', local_date)::date as month, coalesce(arena_code, area_id::text) as key,
           sum(total) as n
      from e
     group by grouping sets ((date_trunc('month', local_date), arena_code), (date_trunc('month', local_date), area_id))),
themes as (
    select 'theme' as what, date_trunc('month', local_date)::date as month, theme as key, sum(total) as n
      from e, run, unnest(themes) as theme
     where local_date >= run.from_day
     group by 2, 3),
\endif
observations as (
    select 'observation' as what, date_trunc('month', o.local_date)::date as month, o.area_id::text || '|' || kind as key,
           count(*) as n
      from field_observation o, run, unnest(o.kinds) as kind
     where o.team_id in (select id from teams) and o.local_date >= run.from_day and o.local_date < run.until_day
     group by 2, 3),
level_changes as (
    select p.youth_id, p.to_level, p.changed_on,
           lead(p.changed_on) over (partition by p.youth_id order by p.changed_on, p.recorded_at) as next_on
      from priority_change p, run
     where p.team_id in (select id from teams) and p.changed_on < run.until_day),
levels as (
    select 'level' as what, m::date as month, l.to_level as key, count(*) as n
      from level_changes l
      cross join run
      join youth yo on yo.id = l.youth_id
      cross join lateral generate_series(
            greatest(date_trunc('month', l.changed_on), run.from_day),
            least(coalesce(date_trunc('month', l.next_on - interval '1 month'), date :'to_month'),
                  coalesce(date_trunc('month', yo.closed_on), date :'to_month'), date :'to_month'),
            interval '1 month') m
     group by 2, 3),
year_on_year as (
    select r.what, null::date as month, m.key, sum(m.n) as n
      from monthly m, run,
           lateral (values ('arenaRun', m.month >= run.from_day),
                           ('arenaRunYearBefore', m.month < (run.until_day - interval '1 year')::date)) r(what, inside)
     where m.what = 'arena' and r.inside
     group by 1, 3),
changes as (
    select 'total' as what, month, null as key, sum(n) as n
      from monthly
     where what = 'arena' and month in (date :'to_month', (date :'to_month' - interval '1 month')::date,
                                         (date :'to_month' - interval '1 year')::date)
     group by month)
select what, month, key, n from monthly, run where monthly.month >= run.from_day and key is not null
union all select what, month, key, n from themes
union all select what, month, key, n from observations
union all select what, month, key, n from levels
union all select what, month, key, n from year_on_year
union all select what, month, key, n from changes;
