-- A checked import file waiting for the leader's confirmation (module: fieldwork, see
-- docs/adr/0023-instances-share-postgresql.md). In the database rather than on one instance's disk, so that the check
-- and the confirmation may land on different instances. The content is kept in chunks of 1 MiB, written and read one
-- at a time, so that a file of hundreds of megabytes never sits whole in the heap of the application or the server.
-- A row is deleted when the import is confirmed, cancelled or replaced, and by a cleanup job once no session of its
-- account is left (principal_name is the username Spring Session records for a signed-in session).
create table pending_import (
    token          uuid         primary key,
    team_id        uuid         not null references team (id),
    account_id     uuid         not null references account (id),
    principal_name varchar(100) not null,
    file_name      text         not null,
    size_bytes     bigint       not null check (size_bytes >= 0),
    created_at     timestamptz  not null
);
create index pending_import_account_idx on pending_import (account_id);
create index pending_import_created_idx on pending_import (created_at);

create table pending_import_chunk (
    token uuid    not null references pending_import (token) on delete cascade,
    seq   integer not null check (seq >= 0),
    data  bytea   not null,
    primary key (token, seq)
);
