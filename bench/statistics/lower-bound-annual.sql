-- The lower bound for the annual report (issue 7): the report's figures for one team, straight from the tables the
-- application writes, in ONE hand-written statement. bench/run-statistics.sh times it with psql beside the
-- application. Every figure of the report per calendar year from :first_year to :year (for the API :first_year =
-- :year, for the page the four years before as well): encounters in total, anonymous, registered, street and school,
-- online; by arena, area, place, hour and month; by theme; tally cells and registered youths met by gender and age
-- band; follow-up conversations, anonymous ones and unique youths; registered youths by gender; movements between
-- priority levels; youths with a worrying development by school level; shift time; and youths per priority level at
-- the end of each month of :year. Output: one row per figure (what, year, key, key2, n).
--
-- Variables: team (uuid), first_year, year, rollup (true: the encounters' figures from the monthly roll-up
-- encounter_month of ADR 0014, the floor for the application's design; false: from the encounter rows themselves).
\if :{?rollup}
\else
\set rollup false
\endif
with years as (
    select y, make_date(y, 1, 1) as from_day, make_date(y + 1, 1, 1) as until_day
      from generate_series(:first_year, :year) y),
\if :rollup
r as materialized (
    select extract(year from month)::int as y, to_char(month, 'YYYY-MM') as m, dimension, key, encounters, registered
      from encounter_month
     where team_id = :'team' and month >= make_date(:first_year, 1, 1) and month < make_date(:year + 1, 1, 1)),
encounter_figures as (
    select lower(dimension) as what, y, key, sum(encounters) as total, null::numeric as anonymous,
           null::numeric as registered, null::numeric as physical, null::numeric as online
      from r where dimension in ('ARENA', 'AREA', 'PLACE', 'HOUR') group by dimension, y, key having sum(encounters) > 0
    union all
    select 'month', y, m, sum(encounters), null, null, null, null
      from r where dimension = 'ARENA' group by y, m having sum(encounters) > 0
    union all
    select 'totals', y, null, sum(encounters), sum(encounters - registered), sum(registered),
           sum(encounters) filter (where key not in ('online', 'gaming')), sum(encounters) filter (where key in ('online', 'gaming'))
      from r where dimension = 'ARENA' group by y),
themes as (
    select 'theme' as what, y, key, null as key2, sum(encounters) as n
      from r where dimension = 'THEME' group by y, key having sum(encounters) > 0),
cells as (
    select case dimension when 'TALLY' then 'cell' else 'met' end as what, y, split_part(key, '|', 1) as key,
           substr(key, strpos(key, '|') + 1) as key2, sum(encounters) as n
      from r where dimension in ('TALLY', 'MET') group by dimension, y, key having sum(encounters) > 0),
\else
e as materialized (
    select id, extract(year from local_date)::int as y, to_char(local_date, 'YYYY-MM') as m, arena_code, area_id,
           place_id, local_hour, themes, total, registered_count
      from encounter
     where team_id = :'team' and local_date >= make_date(:first_year, 1, 1) and local_date < make_date(:year + 1, 1, 1)),
encounter_figures as (
    select case when grouping(arena_code) = 0 then 'arena' when grouping(area_id) = 0 then 'area'
                when grouping(place_id) = 0 then 'place' when grouping(local_hour) = 0 then 'hour'
                when grouping(m) = 0 then 'month' else 'totals' end as what,
           y, coalesce(arena_code, area_id::text, place_id::text, local_hour::text, m) as key,
           sum(total) as total, sum(total - registered_count) as anonymous, sum(registered_count) as registered,
           sum(total) filter (where arena_code not in ('online', 'gaming')) as physical,
           sum(total) filter (where arena_code in ('online', 'gaming')) as online
      from e
     group by grouping sets ((y), (y, arena_code), (y, area_id), (y, place_id), (y, local_hour), (y, m))),
themes as (
    select 'theme' as what, y, theme as key, null as key2, sum(total) as n
      from e, unnest(themes) as theme group by y, theme),
cells as (
    select 'cell' as what, y, c.gender as key, c.age_band as key2, sum(c.count) as n
      from e join encounter_count c on c.encounter_id = e.id group by y, c.gender, c.age_band
    union all
    select 'met', y, m.gender, m.age_band, count(*)
      from e join encounter_youth m on m.encounter_id = e.id group by y, m.gender, m.age_band),
\endif
conversations as (
    select y, count(*) as conversations, count(*) filter (where youth_id is null) as anonymous,
           count(distinct youth_id) as youths
      from (select extract(year from occurred_on)::int as y, youth_id from journal_entry
             where team_id = :'team' and status = 'SIGNED' and type in ('FOLLOW_UP', 'PHONE_DIGITAL')
               and corrects_id is null and occurred_on >= make_date(:first_year, 1, 1)
               and occurred_on < make_date(:year + 1, 1, 1)) j
     group by y),
registered as (
    select yr.y, yo.gender, count(distinct yo.id) as n
      from years yr
      join consent c on c.team_id = :'team' and c.scope = 'REGISTRATION' and c.given_on < yr.until_day
                    and (c.withdrawn_on is null or c.withdrawn_on > yr.from_day)
                    and (c.expires_on is null or c.expires_on >= yr.from_day)
      join youth yo on yo.id = c.youth_id
     group by yr.y, yo.gender),
movements as (
    select extract(year from changed_on)::int as y, from_level, to_level, count(*) as n
      from priority_change
     where team_id = :'team' and from_level is not null and changed_on >= make_date(:first_year, 1, 1)
       and changed_on < make_date(:year + 1, 1, 1)
     group by 1, 2, 3),
worrying as (
    select y, level, count(*) as n
      from (select distinct yr.y, yo.id,
                   coalesce(s.school_level,
                            case when a.age < 13 then 'PRIMARY' when a.age < 16 then 'LOWER_SECONDARY'
                                 when a.age < 19 then 'UPPER_SECONDARY' else 'OVER_18' end) as level
              from years yr
              join concern c on c.team_id = :'team' and c.noted_on < yr.until_day
                            and (c.ended_on is null or c.ended_on >= yr.from_day)
              join youth yo on yo.id = c.youth_id
              left join code_item s on s.id = yo.school_id and s.team_id = yo.team_id
              cross join lateral (select case when yo.birth_date is not null
                                              then extract(year from age(yr.until_day - 1, yo.birth_date))::int
                                              else yr.y - yo.birth_year end as age) a) w
     group by y, level),
shift_time as (
    select extract(year from started_at at time zone 'Europe/Oslo')::int as y, count(*) as shifts,
           sum(extract(epoch from ended_at - started_at) / 60)::bigint as minutes, sum(direct_minutes) as direct
      from shift
     where team_id = :'team' and ended_at is not null
       and started_at >= make_date(:first_year, 1, 1)::timestamp at time zone 'Europe/Oslo'
       and started_at < make_date(:year + 1, 1, 1)::timestamp at time zone 'Europe/Oslo'
     group by 1),
level_changes as (
    select p.youth_id, p.to_level, p.changed_on,
           lead(p.changed_on) over (partition by p.youth_id order by p.changed_on, p.recorded_at) as next_on
      from priority_change p
     where p.team_id = :'team' and p.changed_on < make_date(:year + 1, 1, 1)),
levels as (
    select m::date as month, l.to_level, count(*) as n
      from level_changes l
      join youth yo on yo.id = l.youth_id
      cross join lateral generate_series(
            greatest(date_trunc('month', l.changed_on), make_date(:year, 1, 1)),
            least(coalesce(date_trunc('month', l.next_on - interval '1 month'), make_date(:year, 12, 1)),
                  coalesce(date_trunc('month', yo.closed_on), make_date(:year, 12, 1)), make_date(:year, 12, 1)),
            interval '1 month') m
     group by 1, 2)
select what, y, key, null as key2, total as n from encounter_figures where key is not null or what = 'totals'
union all select 'anonymous', y, null, null, anonymous from encounter_figures where what = 'totals'
union all select 'registered', y, null, null, registered from encounter_figures where what = 'totals'
union all select 'physical', y, null, null, physical from encounter_figures where what = 'totals'
union all select 'online', y, null, null, online from encounter_figures where what = 'totals'
union all select what, y, key, key2, n from themes
union all select what, y, key, key2, n from cells
union all select 'conversations', y, null, null, conversations from conversations
union all select 'anonymousConversations', y, null, null, anonymous from conversations
union all select 'uniqueYouths', y, null, null, youths from conversations
union all select 'registeredYouths', y, gender, null, n from registered
union all select 'movement', y, from_level, to_level, n from movements
union all select 'worrying', y, level, null, n from worrying
union all select 'shifts', y, null, null, shifts from shift_time
union all select 'shiftMinutes', y, null, null, minutes from shift_time
union all select 'directMinutes', y, null, null, direct from shift_time
union all select 'level', :year, to_char(month, 'YYYY-MM'), to_level, n from levels;
