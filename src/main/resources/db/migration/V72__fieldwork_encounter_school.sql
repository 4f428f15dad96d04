-- The school of an encounter at the school arena (module: fieldwork): which of the team's schools (a SCHOOL item of
-- the catalog's code lists) the workers were at, so that the school list and the report's coverage count it
-- (information module, ADR 0036). Optional; imported encounters have none. The team is checked by the application.

alter table encounter add column school_id uuid references code_item (id);

create index encounter_school_idx on encounter (school_id, local_date) where school_id is not null;
