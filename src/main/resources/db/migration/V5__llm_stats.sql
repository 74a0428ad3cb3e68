-- A second source (llm-stats, CC BY 4.0): benchmark metadata, score provenance, model identity
-- (aliases, families), licences, provider offerings and sourced model facts.
-- Portable SQL: runs unchanged on H2 and PostgreSQL 15. (V4 is reserved for the performance indexes.)

-- Benchmarks: full metadata.
alter table benchmark add column categories varchar(500);
alter table benchmark add column modality varchar(20);
alter table benchmark add column multilingual boolean;
alter table benchmark add column paper_url varchar(2000);
alter table benchmark add column implementation_url varchar(2000);
alter table benchmark add column parent_slug varchar(100);

-- Scores: where they come from and how they were checked. `setting` holds the analysis method.
alter table score alter column setting set data type varchar(300);
alter table score add column origin varchar(40);
alter table score add column external_id varchar(100);
alter table score add column verified boolean;
alter table score add column verification_provider varchar(200);
alter table score add column verification_hardware varchar(200);
alter table score add column verification_date date;
alter table score add column verification_notes varchar(2000);
create index ix_score_origin on score (origin, external_id);

-- Models: licence, open weights, dates to the day, multimodal, knowledge cutoff, lineage.
alter table language_model add column description varchar(4000);
alter table language_model add column origin varchar(40);
alter table language_model add column licence_id varchar(200);
alter table language_model add column licence_name varchar(200);
alter table language_model add column licence_commercial boolean;
alter table language_model add column open_weights boolean;
alter table language_model add column weights_url varchar(2000);
alter table language_model add column released_on date;
alter table language_model add column announced_on date;
alter table language_model add column multimodal boolean;
alter table language_model add column knowledge_cutoff varchar(10);
alter table language_model add column api_url varchar(2000);
alter table language_model add column repo_url varchar(2000);
alter table language_model add column fine_tuned_from_id bigint;
alter table language_model add column family_id bigint;
alter table language_model add constraint fk_model_fine_tuned_from foreign key (fine_tuned_from_id) references language_model (id) on delete set null;
alter table language_model add constraint fk_model_family foreign key (family_id) references language_model (id) on delete set null;
create index ix_model_family on language_model (family_id, name);
create index ix_model_open_weights on language_model (open_weights, name);
create index ix_model_licence on language_model (licence_id, name);

-- Other names of models, labs and benchmarks (source ids, old slugs): each resolves to one entity.
create table model_alias (
    alias    varchar(300) not null primary key,
    model_id bigint       not null references language_model (id) on delete cascade,
    origin   varchar(40)  not null
);
create index ix_model_alias_model on model_alias (model_id);
create table lab_alias (
    alias  varchar(300) not null primary key,
    lab_id bigint       not null references lab (id) on delete cascade,
    origin varchar(40)  not null
);
create index ix_lab_alias_lab on lab_alias (lab_id);
create table benchmark_alias (
    alias        varchar(300) not null primary key,
    benchmark_id bigint       not null references benchmark (id) on delete cascade,
    origin       varchar(40)  not null
);
create index ix_benchmark_alias_benchmark on benchmark_alias (benchmark_id);

-- Inference providers and what they offer: prices in US dollars per million tokens.
create sequence provider_seq start with 1 increment by 50;
create table provider (
    id      bigint        not null primary key,
    slug    varchar(100)  not null,
    name    varchar(200)  not null,
    website varchar(1000),
    constraint uk_provider_slug unique (slug)
);
create sequence provider_offering_seq start with 1 increment by 50;
create table provider_offering (
    id                 bigint       not null primary key,
    provider_id        bigint       not null references provider (id) on delete cascade,
    model_id           bigint       not null references language_model (id) on delete cascade,
    provider_model_id  varchar(300),
    input_price        double precision,
    output_price       double precision,
    context_window     integer,
    max_output         integer,
    quantization       varchar(50),
    throughput         double precision,
    latency            double precision,
    external_id        varchar(100),
    source_url         varchar(2000),
    source_citation    varchar(1000)
);
create index ix_offering_model on provider_offering (model_id, input_price);
create index ix_offering_provider on provider_offering (provider_id, model_id);

-- Facts about a model (active parameters, layers, experts, attention, context, hardware, GPU hours,
-- downloads, ...), each with its source; a model may have several values of one fact from several sources.
create sequence model_fact_seq start with 1 increment by 50;
create table model_fact (
    id              bigint        not null primary key,
    model_id        bigint        not null references language_model (id) on delete cascade,
    fact            varchar(50)   not null,
    numeric_value   double precision,
    text_value      varchar(500),
    unit            varchar(40),
    note            varchar(1000),
    origin          varchar(40),
    source_url      varchar(2000),
    source_citation varchar(1000)
);
create index ix_model_fact_model on model_fact (model_id, fact);
