-- Imports of past encounters (module: fieldwork, see docs/adr/0006-encounter-import.md). One row per stored import
-- says who imported how many encounters when; the imported encounters themselves carry source_id, created_by (the
-- leader) and created_at (the import), and get no encounter_change row each.
create table encounter_import (
    id          uuid primary key,
    team_id     uuid        not null references team (id),
    imported_by uuid        not null references account (id),
    imported_at timestamptz not null,
    imported    integer     not null check (imported >= 0),
    skipped     integer     not null check (skipped >= 0),
    new_areas   integer     not null default 0 check (new_areas >= 0),
    new_places  integer     not null default 0 check (new_places >= 0),
    first_date  date,
    last_date   date
);
create index encounter_import_team_idx on encounter_import (team_id, imported_at desc);
