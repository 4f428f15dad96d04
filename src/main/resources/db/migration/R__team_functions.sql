-- The team module's guard: an account named as a worker is disabled, never deleted (V75).
-- A repeatable migration (ADR 0040): the current definition of each function here, replaced with `create or replace`
-- after the versioned migrations whenever this file changes. Change a function here, never in a landed V__ file; a
-- new table, column or trigger still needs a versioned migration.

-- An account is disabled, never deleted, once anything refers to it; every reference is a foreign key but the
-- workers of an information event, an array no key can cover. ADR 0040, "Invariants".
create or replace function account_named_as_worker() returns trigger
    language plpgsql as
$$
begin
    if exists (select from information_event i where old.id = any (i.workers)) then
        raise exception 'Account % is named as a worker of an information event and cannot be deleted: disable it instead',
            old.username using errcode = 'foreign_key_violation';
    end if;
    return old;
end;
$$;
