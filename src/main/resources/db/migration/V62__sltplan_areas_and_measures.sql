-- The SLT action plan by area (issue 18, module: sltplan). An SLT area is a named group of the teams' own areas; the
-- areas are kept by name, as the SLT trends already match the municipality's areas across teams by name, so that a view
-- narrowed to an SLT area shows exactly the figures of the whole municipality's view for those areas (ADR 0035).
-- A measure (tiltak) of the municipality's action plan names the SLT areas it works in.
create table slt_area (
    id              uuid primary key,
    municipality_id uuid          not null references municipality (id),
    name            varchar(120)  not null check (length(trim(name)) > 0),
    created_at      timestamptz   not null,
    unique (municipality_id, name)
);

create table slt_area_member (
    slt_area_id uuid         not null references slt_area (id) on delete cascade,
    area_name   varchar(120) not null check (length(trim(area_name)) > 0),
    primary key (slt_area_id, area_name)
);

create table slt_measure (
    id                uuid primary key,
    municipality_id   uuid          not null references municipality (id),
    name              varchar(160)  not null check (length(trim(name)) > 0),
    target_group      varchar(300)  not null check (length(trim(target_group)) > 0),
    responsible_unit  varchar(160)  not null check (length(trim(responsible_unit)) > 0),
    starts_on         date          not null,
    ends_on           date,
    status            varchar(12)   not null check (status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'STOPPED')),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    constraint measure_period check (ends_on is null or ends_on >= starts_on)
);

create index slt_measure_municipality_idx on slt_measure (municipality_id, starts_on);

create table slt_measure_area (
    measure_id  uuid not null references slt_measure (id) on delete cascade,
    slt_area_id uuid not null references slt_area (id) on delete cascade,
    primary key (measure_id, slt_area_id)
);
