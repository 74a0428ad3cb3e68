-- One row: bumped by every write transaction (see DataVersion). Caches of rendered pages are keyed
-- by it, and every instance polls it, so a write invalidates them everywhere.
create table data_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into data_version (id, version) values (1, 1);
