-- HTTP sessions in PostgreSQL (Spring Session JDBC) and the locks that let a scheduled job run on one instance at a
-- time (ShedLock), so that any instance can serve any request (see docs/adr/0023-instances-share-postgresql.md).

-- Spring Session JDBC 4.1.0, as in the jar's org/springframework/session/jdbc/schema-postgresql.sql (names folded to
-- lower case, as PostgreSQL does with Spring Session's unquoted names). Spring Session deletes expired rows itself
-- (spring.session.jdbc.cleanup-cron, every minute by default); the attributes go with their session (on delete cascade).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock's JDBC provider (net.javacrumbs.shedlock:shedlock-provider-jdbc-template): one row per job name. Times
-- are the database's own (the provider is configured with usingDbTime()), in UTC.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
