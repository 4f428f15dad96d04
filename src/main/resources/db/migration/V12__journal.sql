-- Follow-up journal entries (module: journal). A signed entry is final: the database refuses to change or delete it,
-- and a correction is a new entry that points to the one it corrects.

create table journal_entry (
    id               uuid primary key,
    team_id          uuid        not null references team (id),
    -- null for a conversation with someone who stays anonymous
    youth_id         uuid references youth (id),
    type             varchar(30) not null
        check (type in ('FOLLOW_UP', 'PHONE_DIGITAL', 'GUARDIANS', 'COOPERATION_MEETING', 'NOTE')),
    occurred_on      date        not null,
    duration_minutes integer check (duration_minutes between 1 and 1440),
    themes           text[]      not null default '{}',
    text             text,
    status           varchar(10) not null check (status in ('DRAFT', 'SIGNED')),
    author_id        uuid        not null references account (id),
    created_at       timestamptz not null,
    signed_at        timestamptz,
    corrects_id      uuid references journal_entry (id),
    version          bigint      not null default 0,
    constraint journal_entry_signed_has_time check ((status = 'SIGNED') = (signed_at is not null)),
    constraint journal_entry_not_own_correction check (corrects_id is distinct from id),
    -- anonymous: a conversation, no text that could identify anyone, nothing to correct
    constraint journal_entry_anonymous check (youth_id is not null
        or (text is null and corrects_id is null and type in ('FOLLOW_UP', 'PHONE_DIGITAL'))),
    constraint journal_entry_signed_has_text check (youth_id is null or status = 'DRAFT'
        or length(trim(text)) > 0)
);

create index journal_entry_youth_idx on journal_entry (youth_id, occurred_on desc);
create index journal_entry_team_date_idx on journal_entry (team_id, occurred_on);
create index journal_entry_corrects_idx on journal_entry (corrects_id);

create function journal_entry_signed_is_final() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'SIGNED' then
        raise exception 'Journal entry % is signed and cannot be %', old.id, lower(tg_op)
            using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger journal_entry_signed_no_change
    before update or delete on journal_entry
    for each row execute function journal_entry_signed_is_final();

create function journal_entry_no_truncate() returns trigger
    language plpgsql as
$$
begin
    raise exception 'Journal entries cannot be truncated' using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger journal_entry_no_truncate
    before truncate on journal_entry
    for each statement execute function journal_entry_no_truncate();
