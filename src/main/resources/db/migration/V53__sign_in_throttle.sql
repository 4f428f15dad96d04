-- Sign-in throttling (module: team). Failures per account stay in account.failed_logins and account.locked_until,
-- counted by a single UPDATE ... RETURNING; failures per client address are counted here, in a fixed window, so that
-- every application instance on the database sees the same count.

create table sign_in_address (
    address      varchar(64) primary key,
    failures     integer     not null check (failures >= 0),
    window_start timestamptz not null
);

create index sign_in_address_window_idx on sign_in_address (window_start);
