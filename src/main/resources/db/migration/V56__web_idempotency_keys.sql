-- Exactly once (issue 15, module: web). Every form that is posted carries an idempotency key made when the form was
-- rendered (or, offline, when it was saved on the phone). The first request with a key claims it here; when it ends in
-- a redirect, the redirect is kept, and a repeat of the same key by the same account (Back-then-save, a double tap, a
-- retry after a lost answer, the offline queue) is answered with that redirect instead of doing the work twice.
-- See docs/adr/0031-exactly-once-and-offline-logging.md.
create table idempotency_key (
    account_id  uuid          not null references account (id) on delete cascade,
    key         uuid          not null,
    team_id     uuid references team (id) on delete cascade,
    kind        varchar(200)  not null,
    result_url  varchar(2000),
    created_at  timestamptz   not null default clock_timestamp(),
    primary key (account_id, key)
);

create index idempotency_key_created_idx on idempotency_key (created_at);
