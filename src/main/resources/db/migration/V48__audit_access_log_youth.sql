-- Lists and overviews that show youths' names are logged reads too (issue 12, ADR 0025, module: audit).
-- One access_log row per list view (youth_id null, subject naming the list) and one row here per youth shown, so
-- that a youth's "who looked at me" finds the list views that showed her. Append-only like access_log (V10).

create table access_log_youth (
    -- no foreign key: a row is only ever inserted in the statement that inserts its access_log row, and a foreign key
    -- would make TRUNCATE access_log fail on the key before the append-only trigger could refuse it (AccessLogTest)
    access_log_id uuid not null,
    youth_id      uuid not null,
    primary key (access_log_id, youth_id)
);

create index access_log_youth_youth_idx on access_log_youth (youth_id);

create trigger access_log_youth_no_update_or_delete
    before update or delete on access_log_youth
    for each row execute function access_log_is_append_only();

create trigger access_log_youth_no_truncate
    before truncate on access_log_youth
    for each statement execute function access_log_is_append_only();
