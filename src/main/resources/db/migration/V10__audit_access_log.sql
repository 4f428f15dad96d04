-- The access log (tilgangslogg) of registered youths' records (module: audit).
-- Rows are written once and never changed: the application's role owns the table, so a REVOKE would not bind it;
-- a trigger refuses every UPDATE, DELETE and TRUNCATE instead.

create table access_log (
    id         uuid primary key,
    at         timestamptz  not null default now(),
    account_id uuid         not null references account (id),
    username   varchar(60)  not null,
    role       varchar(10)  not null check (role in ('WORKER', 'LEADER', 'SLT', 'ADMIN')),
    team_id    uuid references team (id),
    youth_id   uuid,
    action     varchar(10)  not null check (action in ('READ', 'CHANGE')),
    subject    varchar(60)  not null check (length(trim(subject)) > 0),
    detail     varchar(300),
    reason     varchar(500),
    allowed    boolean      not null
);

create index access_log_youth_idx on access_log (youth_id, at desc);
create index access_log_account_youth_idx on access_log (account_id, youth_id, at desc);
create index access_log_team_reason_idx on access_log (team_id, at desc) where reason is not null;

create function access_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The access log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger access_log_no_update_or_delete
    before update or delete on access_log
    for each row execute function access_log_is_append_only();

create trigger access_log_no_truncate
    before truncate on access_log
    for each statement execute function access_log_is_append_only();
