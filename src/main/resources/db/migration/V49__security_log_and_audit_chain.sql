-- The security log (module: team), one-time password links (module: team), and the hash chain that seals the
-- access log and the security log (module: audit). See docs/adr/0026-audit-chain-and-security-log.md.

-- Sign-ins, failures, lockouts, refusals, exports of personal data, need-to-know openings and every administrator
-- action. team_id is the team the event concerns (the actor's, or for an administrator's action on an account the
-- account's team after the change; former_team_id its team before); null for SLT and administrators.
create table security_log (
    id               uuid primary key,
    at               timestamptz  not null default clock_timestamp(),
    event            varchar(30)  not null check (event ~ '^[A-Z_]{3,30}$'),
    actor_id         uuid references account (id),
    actor_username   varchar(60),
    actor_role       varchar(10) check (actor_role in ('WORKER', 'LEADER', 'SLT', 'ADMIN')),
    municipality_id  uuid references municipality (id),
    team_id          uuid references team (id),
    former_team_id   uuid references team (id),
    target_id        uuid,
    target_name      varchar(120),
    detail           varchar(300),
    before_value     varchar(500),
    after_value      varchar(500),
    address          varchar(64),
    seal_no          bigint,
    hash             bytea
);

create index security_log_municipality_idx on security_log (municipality_id, at desc);
create index security_log_team_idx on security_log (team_id, at desc);
create index security_log_former_team_idx on security_log (former_team_id, at desc) where former_team_id is not null;

-- The chain: rows are inserted without a seal; a short job (audit_seal) numbers them per chain and stores
-- hash = sha256(previous row's hash || the row's content). The only update either log allows is that seal, once.
alter table access_log add column seal_no bigint, add column hash bytea;

create or replace function access_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.seal_no is null and old.hash is null
        and new.seal_no is not null and new.hash is not null
        and (to_jsonb(old) - 'seal_no' - 'hash') = (to_jsonb(new) - 'seal_no' - 'hash') then
        return new;
    end if;
    raise exception 'The % is append-only: % is not allowed', replace(tg_table_name, '_', ' '), tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger security_log_no_update_or_delete
    before update or delete on security_log
    for each row execute function access_log_is_append_only();

create trigger security_log_no_truncate
    before truncate on security_log
    for each statement execute function access_log_is_append_only();

-- one chain per team, and one for the rows without a team
create unique index access_log_chain_idx
    on access_log (coalesce(team_id, '00000000-0000-0000-0000-000000000000'::uuid), seal_no) where seal_no is not null;
create index access_log_unsealed_idx on access_log (at) where hash is null;
create unique index security_log_chain_idx
    on security_log (coalesce(team_id, '00000000-0000-0000-0000-000000000000'::uuid), seal_no) where seal_no is not null;
create index security_log_unsealed_idx on security_log (at) where hash is null;

-- What is hashed: every column but the hash itself, in a fixed order, each quoted so that no two rows read alike;
-- the instant as microseconds since the epoch, so that no session setting (time zone, date style) changes the text.
create function access_log_digest(r access_log, previous bytea) returns bytea
    language sql immutable as
$$
select sha256(coalesce(previous, '\x'::bytea) || convert_to(concat_ws('|',
        r.seal_no, quote_nullable(r.team_id::text), r.id::text, (extract(epoch from r.at) * 1000000)::bigint,
        r.account_id::text, quote_literal(r.username), r.role, quote_nullable(r.youth_id::text), r.action,
        quote_literal(r.subject), quote_nullable(r.detail), quote_nullable(r.reason), r.allowed::text), 'UTF8'))
$$;

create function security_log_digest(r security_log, previous bytea) returns bytea
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
create function audit_seal() returns integer
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

-- Checks every sealed row of both logs against its predecessor in its chain, set-wise (each row needs only the stored
-- hash of the one before it). A row is broken when its hash does not match its content and its predecessor's hash,
-- when its number does not follow its predecessor's (a row taken out), or when it is half sealed.
create function audit_verify(out checked bigint, out first_broken uuid)
    language sql stable security definer set search_path from current as
$$
with rows as (
    select l.id, l.at, l.seal_no, l.hash,
           access_log_digest(l, lag(l.hash) over w) as expected, lag(l.seal_no) over w as previous_no
      from access_log l
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
create function audit_chain_heads()
    returns table (log text, team_id uuid, seal_no bigint, hash text)
    language sql stable security definer set search_path from current as
$$
select * from (select distinct on (l.team_id) 'access_log', l.team_id, l.seal_no, encode(l.hash, 'hex')
  from access_log l where l.seal_no is not null order by l.team_id, l.seal_no desc) a
union all
select * from (select distinct on (l.team_id) 'security_log', l.team_id, l.seal_no, encode(l.hash, 'hex')
  from security_log l where l.seal_no is not null order by l.team_id, l.seal_no desc) s
$$;

select audit_seal();

-- One-time links with which a person sets her own password after an administrator's reset. Only the token's hash is
-- stored; a link is used once and expires.
create table password_link (
    id          uuid primary key,
    account_id  uuid         not null references account (id),
    token_hash  varchar(64)  not null unique,
    created_by  uuid         not null references account (id),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    check (expires_at > created_at)
);

create index password_link_account_idx on password_link (account_id);

-- Sessions signed in before this instant no longer speak for the account (set when the password is set by link).
alter table account add column sessions_valid_from timestamptz;
