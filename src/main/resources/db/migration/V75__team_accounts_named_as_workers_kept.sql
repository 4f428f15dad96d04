-- Accounts named as workers are kept (module: team, ADR 0040 "Invariants"). The function's current definition is in
-- R__team_functions.sql; it is created here because the trigger needs it.

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

create trigger account_named_as_worker
    before delete on account
    for each row execute function account_named_as_worker();
