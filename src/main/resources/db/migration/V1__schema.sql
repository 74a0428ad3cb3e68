-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL.
create sequence lab_seq start with 1 increment by 50;
create sequence language_model_seq start with 1 increment by 50;
create sequence benchmark_seq start with 1 increment by 50;
create sequence score_seq start with 1 increment by 50;

create table lab (
    id          bigint       not null primary key,
    slug        varchar(100) not null,
    name        varchar(200) not null,
    website     varchar(1000),
    country     varchar(100),
    constraint uk_lab_slug unique (slug)
);
create index ix_lab_name on lab (name);

create table language_model (
    id                bigint        not null primary key,
    slug              varchar(200)  not null,
    name              varchar(200)  not null,
    lab_id            bigint        not null references lab (id),
    headline_tags     varchar(500),
    released          varchar(20),
    release_date      date,
    release_precision varchar(10)   not null,
    access            varchar(10)   not null,
    architecture      varchar(20),
    parameters        double precision,
    active_parameters double precision,
    training_tokens   double precision,
    dataset_type      varchar(200),
    notes             varchar(10000),
    playground_url    varchar(2000),
    paper_url         varchar(2000),
    last_updated      date,
    -- Sort and filter keys, written only from DerivedMetrics (never edited by hand):
    -- the unrounded ALScore and token:param ratio, so that sorting uses an index.
    alscore_key       double precision,
    ratio_key         double precision,
    -- Lower-case, accent-free "model name + lab name" for search.
    search_text       varchar(500)  not null,
    version           integer       not null,
    constraint uk_language_model_slug unique (slug)
);
create index ix_model_name on language_model (name, slug);
create index ix_model_lab on language_model (lab_id, name);
create index ix_model_architecture on language_model (architecture, name);
create index ix_model_access on language_model (access, name);
create index ix_model_release_date on language_model (release_date, name);
create index ix_model_parameters on language_model (parameters, name);
create index ix_model_active_parameters on language_model (active_parameters, name);
create index ix_model_training_tokens on language_model (training_tokens, name);
create index ix_model_alscore on language_model (alscore_key, name);
create index ix_model_ratio on language_model (ratio_key, name);

create table model_tag (
    model_id bigint       not null references language_model (id) on delete cascade,
    position integer      not null,
    tag      varchar(100) not null,
    primary key (model_id, position)
);
create index ix_model_tag_tag on model_tag (tag, model_id);

create table benchmark (
    id               bigint        not null primary key,
    slug             varchar(100)  not null,
    name             varchar(200)  not null,
    description      varchar(4000) not null,
    unit             varchar(20)   not null,
    higher_is_better boolean       not null,
    constraint uk_benchmark_slug unique (slug)
);

create table score (
    id              bigint        not null primary key,
    model_id        bigint        not null references language_model (id) on delete cascade,
    benchmark_id    bigint        not null references benchmark (id) on delete cascade,
    score_value     double precision not null,
    setting         varchar(100),
    self_reported   boolean,
    source_url      varchar(2000),
    source_citation varchar(1000),
    score_date      date,
    -- The one score per model and benchmark that the leaderboard uses.
    headline        boolean       not null
);
create index ix_score_model on score (model_id, benchmark_id);
create index ix_score_benchmark_value on score (benchmark_id, headline, score_value);

-- Which data sets were loaded: the primary key makes a second load of the same set fail,
-- so the bundled data is loaded once even when several instances start together.
create table data_load (
    name      varchar(100) not null primary key,
    loaded_at timestamp    not null,
    summary   varchar(1000)
);
