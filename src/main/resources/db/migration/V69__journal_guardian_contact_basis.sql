-- Journal (module: journal), issue #17 and ADR 0038.
-- The team does not contact a youth's guardians without the youth's consent to it (the GUARDIAN_CONTACT scope) unless
-- the concern triggers the duty to inform child welfare or to avert serious harm; then the legal basis is written down
-- with the entry. Existing entries have none and keep their meaning.
alter table journal_entry add column legal_basis varchar(20)
    check (legal_basis in ('DUTY_TO_INFORM', 'AVERT_HARM'));
alter table journal_entry add column legal_basis_note varchar(2000);
alter table journal_entry add constraint journal_entry_legal_basis_written
    check ((legal_basis is null) = (legal_basis_note is null));
