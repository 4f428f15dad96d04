-- Indexes for the figures of the annual report that are counted from rows (modules: youth, journal), measured by
-- the statistics benchmark (docs/benchmarks-statistics.md): consents and concerns are found by their team, as the
-- youths are, instead of scanning every team's; follow-up conversations are counted from an index that holds only
-- signed conversation entries that correct nothing, with the youth, so that counting them reads no table row.
create index consent_team_scope_idx on consent (team_id, scope, given_on);
create index concern_team_idx on concern (team_id, noted_on);
create index journal_entry_conversation_idx on journal_entry (team_id, occurred_on) include (youth_id)
    where status = 'SIGNED' and type in ('FOLLOW_UP', 'PHONE_DIGITAL') and corrects_id is null;
