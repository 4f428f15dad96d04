-- The audit module's functions: the append-only guard of the access log and the security log (first V10, then V49,
-- V59), the hash chain that seals both logs and its check (V49, V59; ADR 0026).
-- A repeatable migration (ADR 0040): the current definition of each function here, replaced with `create or replace`
-- after the versioned migrations whenever this file changes. Change a function here, never in a landed V__ file; a
-- new table, column or trigger still needs a versioned migration.

-- The access log and its list rows may lose rows only on the retention path; the security log never.
create or replace function access_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.seal_no is null and old.hash is null
        and new.seal_no is not null and new.hash is not null
        and (to_jsonb(old) - 'seal_no' - 'hash') = (to_jsonb(new) - 'seal_no' - 'hash') then
        return new;
    end if;
    if tg_op = 'DELETE' and tg_table_name in ('access_log', 'access_log_youth') then
        if retention_path_open(tg_relid) then
            return old;
        end if;
    end if;
    raise exception 'The % is append-only: % is not allowed', replace(tg_table_name, '_', ' '), tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- What is hashed: every column but the hash itself, in a fixed order, each quoted so that no two rows read alike;
-- the instant as microseconds since the epoch, so that no session setting (time zone, date style) changes the text.
create or replace function access_log_digest(r access_log, previous bytea) returns bytea
    language sql immutable as
$$
select sha256(coalesce(previous, '\x'::bytea) || convert_to(concat_ws('|',
        r.seal_no, quote_nullable(r.team_id::text), r.id::text, (extract(epoch from r.at) * 1000000)::bigint,
        r.account_id::text, quote_literal(r.username), r.role, quote_nullable(r.youth_id::text), r.action,
        quote_literal(r.subject), quote_nullable(r.detail), quote_nullable(r.reason), r.allowed::text), 'UTF8'))
$$;

create or replace function security_log_digest(r security_log, previous bytea) returns bytea
    language sql immutable as
$$
select sha256(coalesce(previous, '\x'::bytea) || convert_to(concat_ws('|',
        r.seal_no, quote_nullable(r.team_id::text), r.id::text, (extract(epoch from r.at) * 1000000)::bigint,
        r.event, quote_nullable(r.actor_id::text), quote_nullable(r.actor_username), quote_nullable(r.actor_role),
        quote_nullable(r.municipality_id::text), quote_nullable(r.former_team_id::text),
        quote_nullable(r.target_id::text), quote_nullable(r.target_name), quote_nullable(r.detail),
        quote_nullable(r.before_value), quote_nullable(r.after_value), quote_nullable(r.address)), 'UTF8'))
$$;

-- Seals every committed row not yet sealed, chain by chain in order of time. Runs under an advisory lock, so two
-- instances never extend a chain at once; inserts never wait for it. Owned by the schema owner (security definer),
-- so the application's role needs no UPDATE right on either log. Returns the number of rows sealed.
create or replace function audit_seal() returns integer
    language plpgsql security definer set search_path from current as
$$
declare
    chain     record;
    a         access_log;
    s         security_log;
    previous  bytea;
    n         bigint;
    sealed    integer := 0;
begin
    perform pg_advisory_xact_lock(hashtext('feltlogg.audit_seal'));
    for chain in select distinct team_id from access_log where hash is null loop
        select l.seal_no, l.hash into n, previous from access_log l
         where coalesce(l.team_id, '00000000-0000-0000-0000-000000000000'::uuid)
               = coalesce(chain.team_id, '00000000-0000-0000-0000-000000000000'::uuid)
           and l.seal_no is not null
         order by l.seal_no desc limit 1;
        n := coalesce(n, 0);
        for a in select * from access_log l
                  where l.hash is null and l.team_id is not distinct from chain.team_id order by l.at, l.id loop
            n := n + 1;
            a.seal_no := n;
            previous := access_log_digest(a, previous);
            update access_log set seal_no = n, hash = previous where id = a.id;
            sealed := sealed + 1;
        end loop;
    end loop;
    for chain in select distinct team_id from security_log where hash is null loop
        select l.seal_no, l.hash into n, previous from security_log l
         where coalesce(l.team_id, '00000000-0000-0000-0000-000000000000'::uuid)
               = coalesce(chain.team_id, '00000000-0000-0000-0000-000000000000'::uuid)
           and l.seal_no is not null
         order by l.seal_no desc limit 1;
        n := coalesce(n, 0);
        for s in select * from security_log l
                  where l.hash is null and l.team_id is not distinct from chain.team_id order by l.at, l.id loop
            n := n + 1;
            s.seal_no := n;
            previous := security_log_digest(s, previous);
            update security_log set seal_no = n, hash = previous where id = s.id;
            sealed := sealed + 1;
        end loop;
    end loop;
    return sealed;
end;
$$;

-- The check of ADR 0026, with a chain's first remaining row checked against the cut where old rows were deleted.
create or replace function audit_verify(out checked bigint, out first_broken uuid)
    language sql stable security definer set search_path from current as
$$
with rows as (
    select l.id, l.at, l.seal_no, l.hash,
           access_log_digest(l, coalesce(lag(l.hash) over w, c.hash)) as expected,
           coalesce(lag(l.seal_no) over w, c.seal_no) as previous_no
      from access_log l
      left join access_log_cut c on c.chain_id = coalesce(l.team_id, '00000000-0000-0000-0000-000000000000'::uuid)
     where l.seal_no is not null or l.hash is not null
    window w as (partition by l.team_id order by l.seal_no)
    union all
    select l.id, l.at, l.seal_no, l.hash,
           security_log_digest(l, lag(l.hash) over w), lag(l.seal_no) over w
      from security_log l
     where l.seal_no is not null or l.hash is not null
    window w as (partition by l.team_id order by l.seal_no)
)
select (select count(*) from rows),
       (select id from rows
         where seal_no is null or hash is null or hash <> expected or seal_no <> coalesce(previous_no, 0) + 1
         order by at, seal_no limit 1)
$$;

-- the last row of each chain, for the nightly check to write to the application's log (an anchor kept elsewhere)
create or replace function audit_chain_heads()
    returns table (log text, team_id uuid, seal_no bigint, hash text)
    language sql stable security definer set search_path from current as
$$
select * from (select distinct on (l.team_id) 'access_log', l.team_id, l.seal_no, encode(l.hash, 'hex')
  from access_log l where l.seal_no is not null order by l.team_id, l.seal_no desc) a
union all
select * from (select distinct on (l.team_id) 'security_log', l.team_id, l.seal_no, encode(l.hash, 'hex')
  from security_log l where l.seal_no is not null order by l.team_id, l.seal_no desc) s
$$;
