-- statistics: the leader's foreword and section comments get a version, as every other edit has, so that two
-- leaders editing the same comment cannot overwrite each other unseen (issue 12: optimistic locking on every edit).
alter table report_comment add column version bigint not null default 0;
