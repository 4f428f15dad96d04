-- Referrals with legal basis and status history, anonymous guidance and guidance to parents (module: referrals).
-- What a referral shared, with whom and on what legal basis is final once written: the database refuses to change
-- those columns or delete a referral, and the status history only grows.

create table referral (
    id                   uuid primary key,
    team_id              uuid         not null references team (id),
    youth_id             uuid         not null references youth (id),
    -- a service of the catalog's directory; its name and kind are kept as they were when the referral was made, so
    -- the record and the counts keep their meaning when the directory changes (the catalog owns that table: no key)
    service_id           uuid         not null,
    service_name         varchar(120) not null check (length(trim(service_name)) > 0),
    service_kind         varchar(30)  not null check (service_kind in ('CHILD_WELFARE', 'MENTAL_HEALTH_YOUTH',
                                                                         'YOUTH_HEALTH_CLINIC', 'SCHOOL_HEALTH', 'NAV',
                                                                         'FOLLOW_UP_SERVICE', 'POLICE', 'MEDIATION',
                                                                         'GP', 'SPECIALIST_HEALTH', 'LEISURE',
                                                                         'JOB_SCHEME', 'VOLUNTEERS', 'OTHER')),
    form                 varchar(30)  not null
        check (form in ('FORMAL_REFERRAL', 'PASSING_ON_CONTACT', 'ACCOMPANIED', 'COOPERATION_MEETING')),
    referred_on          date         not null,
    reason               varchar(2000) not null check (length(trim(reason)) > 0),
    themes               text[]       not null default '{}',
    shared_information   varchar(2000) not null check (length(trim(shared_information)) > 0),
    legal_basis          varchar(40)  not null
        check (legal_basis in ('CONSENT', 'DUTY_TO_INFORM_CHILD_WELFARE', 'DUTY_TO_AVERT')),
    consent_id           uuid references consent (id),
    justification        varchar(4000),
    follow_up_on         date,
    status               varchar(12)  not null
        check (status in ('PLANNED', 'SENT', 'RECEIVED', 'COMPLETED', 'DECLINED', 'CANCELLED')),
    -- the day of the latest status change (the referral's own day at first), for the follow-up reminders
    status_changed_on    date         not null,
    -- set when the consent the referral rests on is withdrawn while the referral is open
    consent_withdrawn_on date,
    -- duty referrals notify the team's leader; a leader marks the notification seen
    leader_seen_by       uuid references account (id),
    leader_seen_at       timestamptz,
    created_by           uuid         not null references account (id),
    created_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint referral_consent_basis check ((legal_basis = 'CONSENT') = (consent_id is not null)),
    constraint referral_duty_justified check (legal_basis = 'CONSENT' or length(trim(justification)) > 0),
    constraint referral_follow_up_after check (follow_up_on is null or follow_up_on >= referred_on),
    constraint referral_seen_complete check ((leader_seen_by is null) = (leader_seen_at is null)),
    constraint referral_seen_only_duty check (legal_basis <> 'CONSENT' or leader_seen_by is null),
    constraint referral_withdrawal_only_consent check (legal_basis = 'CONSENT' or consent_withdrawn_on is null)
);

create index referral_team_date_idx on referral (team_id, referred_on);
create index referral_team_status_idx on referral (team_id, status);
create index referral_youth_idx on referral (youth_id, referred_on desc);
create index referral_consent_idx on referral (consent_id);

create table referral_status_change (
    id          uuid primary key,
    team_id     uuid         not null references team (id),
    referral_id uuid         not null references referral (id),
    from_status varchar(12) check (from_status in ('PLANNED', 'SENT', 'RECEIVED', 'COMPLETED', 'DECLINED', 'CANCELLED')),
    to_status   varchar(12)  not null
        check (to_status in ('PLANNED', 'SENT', 'RECEIVED', 'COMPLETED', 'DECLINED', 'CANCELLED')),
    changed_on  date         not null,
    note        varchar(1000),
    changed_by  uuid         not null references account (id),
    changed_at  timestamptz  not null,
    constraint referral_status_changes check (from_status is distinct from to_status),
    constraint referral_decline_has_reason check (to_status <> 'DECLINED' or length(trim(note)) > 0)
);

create index referral_status_change_referral_idx on referral_status_change (referral_id, changed_at);

create function referral_shared_is_final() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        raise exception 'Referral % is documentation and cannot be deleted', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    if new.team_id <> old.team_id or new.youth_id <> old.youth_id or new.service_id <> old.service_id
        or new.service_name <> old.service_name or new.service_kind <> old.service_kind or new.form <> old.form
        or new.referred_on <> old.referred_on or new.reason <> old.reason or new.themes <> old.themes
        or new.shared_information <> old.shared_information or new.legal_basis <> old.legal_basis
        or new.consent_id is distinct from old.consent_id or new.justification is distinct from old.justification
        or new.created_by <> old.created_by or new.created_at <> old.created_at then
        raise exception 'What referral % shared, with whom and why cannot be changed', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create trigger referral_shared_final
    before update or delete on referral
    for each row execute function referral_shared_is_final();

create function referral_history_is_final() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The status history of a referral cannot be changed' using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger referral_status_change_final
    before update or delete on referral_status_change
    for each row execute function referral_history_is_final();

create trigger referral_no_truncate
    before truncate on referral
    for each statement execute function referral_history_is_final();

create trigger referral_status_change_no_truncate
    before truncate on referral_status_change
    for each statement execute function referral_history_is_final();

-- Advice to a youth who stays anonymous about where to get help: a service, themes, a day. No name, no text that
-- could identify anyone.
create table anonymous_guidance (
    id           uuid primary key,
    team_id      uuid         not null references team (id),
    service_id   uuid         not null,
    service_name varchar(120) not null check (length(trim(service_name)) > 0),
    service_kind varchar(30)  not null check (service_kind in ('CHILD_WELFARE', 'MENTAL_HEALTH_YOUTH',
                                                                 'YOUTH_HEALTH_CLINIC', 'SCHOOL_HEALTH', 'NAV',
                                                                 'FOLLOW_UP_SERVICE', 'POLICE', 'MEDIATION', 'GP',
                                                                 'SPECIALIST_HEALTH', 'LEISURE', 'JOB_SCHEME',
                                                                 'VOLUNTEERS', 'OTHER')),
    themes       text[]       not null default '{}',
    guided_on    date         not null,
    note         varchar(300),
    recorded_by  uuid         not null references account (id),
    recorded_at  timestamptz  not null,
    version      bigint       not null default 0
);

create index anonymous_guidance_team_date_idx on anonymous_guidance (team_id, guided_on);

-- Guidance to parents (råd og veiledning til foresatte): how, about what, when. Counted, never named.
create table parent_guidance (
    id          uuid primary key,
    team_id     uuid        not null references team (id),
    channel     varchar(12) not null check (channel in ('IN_PERSON', 'PHONE', 'DIGITAL')),
    themes      text[]      not null default '{}',
    guided_on   date        not null,
    note        varchar(300),
    recorded_by uuid        not null references account (id),
    recorded_at timestamptz not null,
    version     bigint      not null default 0
);

create index parent_guidance_team_date_idx on parent_guidance (team_id, guided_on);
