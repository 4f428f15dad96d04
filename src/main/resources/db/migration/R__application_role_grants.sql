-- What the application's database role may do (ADR 0022). Flyway migrates as the owner of the schema; the application
-- connects as ${appRole} (the datasource's username, placeholder appRole), which owns nothing and so can neither
-- switch off a trigger nor change a table. It may read and write the working tables, only read and append to the
-- access log and the security log, never truncate, and not change Flyway's history. A signed journal entry stays final
-- by its trigger, which only the owner could switch off.
-- A repeatable migration: Flyway applies it after the versioned ones, and again whenever this file or the role's name
-- changes. Tables created by later migrations get the working privileges by default (alter default privileges below);
-- a new append-only table must be added to the list here, which also makes this file run again.
do
$$
declare
    app_role    text   := '${appRole}';
    schema_name text   := '${flyway:defaultSchema}';
    append_only text[] := array ['access_log', 'access_log_youth', 'security_log', 'youth_erasure'];
    t           text;
begin
    if app_role = '' or app_role = current_user then
        raise notice 'One database role (%) migrates and runs the application: no grants (see ADR 0022)', current_user;
        return;
    end if;
    if not exists (select from pg_roles where rolname = app_role) then
        raise exception 'The application''s database role % does not exist: create it (README, "Database roles")', app_role;
    end if;

    execute format('grant usage on schema %I to %I', schema_name, app_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema_name, app_role);
    execute format('revoke truncate, references, trigger on all tables in schema %I from %I', schema_name, app_role);
    execute format('grant usage, select on all sequences in schema %I to %I', schema_name, app_role);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                   schema_name, app_role);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I', schema_name, app_role);

    foreach t in array append_only
        loop
            if to_regclass(format('%I.%I', schema_name, t)) is not null then
                execute format('revoke update, delete on %I.%I from %I', schema_name, t, app_role);
            end if;
        end loop;

    execute format('revoke insert, update, delete on %I.%I from %I', schema_name, '${flyway:table}', app_role);

    -- a large import refreshes the statistics of imported_encounter (ANALYZE): PostgreSQL 17 lets a non-owner do that
    -- with the MAINTAIN privilege; on older servers the refresh is skipped with a warning
    if current_setting('server_version_num')::int >= 170000
        and to_regclass(format('%I.%I', schema_name, 'imported_encounter')) is not null then
        execute format('grant maintain on %I.imported_encounter to %I', schema_name, app_role);
    end if;
end
$$;
