-- The needs-based training records of the consortium library (se.westum:consortium-jdbc, issue 9):
-- each project's training settings (vocabulary of need topics and sectors, partner quota), survey
-- mapping, competence brokers, company visits and survey answers with their needs, focus areas,
-- trainings with their participants, and the indicators counted from records.
--
-- V5, not V4: the bench branch takes V4 for indexes. Same rules as V1 to V3: one script for H2 2.x,
-- PostgreSQL 15+ and MariaDB 10.11+, natural keys, the consortium_ prefix, ${table_options} and
-- ${id_collation}, enumerations checked with CASE. Lengths are the core's Limits: ids ID (40),
-- names NAME (200), titles TITLE (300), free texts TEXT (2000), counts COUNT (1,000,000). Child
-- The decision a focus area or training names is checked by the core (missing-reference), not by a
-- foreign key, so the governance tables can be rebuilt without touching these. Child
-- rows belong wholly to their parent: saving a record again replaces them; the item_no columns
-- keep the order the record lists them in.

-- A project's training settings: whether it has a vocabulary, and its partner quota (rule
-- partner-quota; both NULL: the core's default of 1 to 3).
CREATE TABLE consortium_training_settings (
    project_id     VARCHAR(40)${id_collation} NOT NULL,
    has_vocabulary BOOLEAN NOT NULL,
    quota_min      INTEGER,
    quota_max      INTEGER,
    PRIMARY KEY (project_id),
    CONSTRAINT fk_consortium_training_settings_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT ck_consortium_training_settings_quota CHECK (
        (quota_min IS NULL AND quota_max IS NULL)
        OR (quota_min >= 0 AND quota_max >= quota_min AND quota_max <= 1000))
)${table_options};

-- A need topic of a project's vocabulary (social-media "Sociala medier", ...).
CREATE TABLE consortium_training_topic (
    project_id VARCHAR(40)${id_collation} NOT NULL,
    topic_id   VARCHAR(40)${id_collation} NOT NULL,
    item_no INTEGER      NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (project_id, topic_id),
    CONSTRAINT fk_consortium_training_topic_settings FOREIGN KEY (project_id)
        REFERENCES consortium_training_settings (project_id) ON DELETE CASCADE
)${table_options};

-- A sector of a project's vocabulary, and whether the project selected it.
CREATE TABLE consortium_training_sector (
    project_id VARCHAR(40)${id_collation} NOT NULL,
    sector_id  VARCHAR(40)${id_collation} NOT NULL,
    item_no INTEGER      NOT NULL,
    name       VARCHAR(200) NOT NULL,
    selected   BOOLEAN      NOT NULL,
    PRIMARY KEY (project_id, sector_id),
    CONSTRAINT fk_consortium_training_sector_settings FOREIGN KEY (project_id)
        REFERENCES consortium_training_settings (project_id) ON DELETE CASCADE
)${table_options};

-- Which column of a survey tool's export holds what (target: id, date, company_number, sector,
-- employees or topic:<topic>); each source column is named once per project.
CREATE TABLE consortium_survey_mapping (
    project_id VARCHAR(40)${id_collation} NOT NULL,
    target     VARCHAR(60)${id_collation} NOT NULL,
    item_no INTEGER      NOT NULL,
    source     VARCHAR(200) NOT NULL,
    PRIMARY KEY (project_id, target),
    CONSTRAINT uq_consortium_survey_mapping_source UNIQUE (project_id, source),
    CONSTRAINT fk_consortium_survey_mapping_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id)
)${table_options};

-- A competence broker (kompetensmäklare): a pseudonymous person of a partner, with a period.
CREATE TABLE consortium_broker (
    broker_id  VARCHAR(40)${id_collation} NOT NULL,
    project_id VARCHAR(40)${id_collation} NOT NULL,
    partner_id VARCHAR(40)${id_collation} NOT NULL,
    person     VARCHAR(40)  NOT NULL,
    started_on DATE         NOT NULL,
    ended_on   DATE,
    PRIMARY KEY (broker_id),
    CONSTRAINT fk_consortium_broker_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT fk_consortium_broker_partner FOREIGN KEY (partner_id)
        REFERENCES consortium_partner (partner_id),
    CONSTRAINT ck_consortium_broker_period CHECK (ended_on IS NULL OR ended_on >= started_on)
)${table_options};

-- A company visit by a broker: the company (organisation number, name), sector, employees, advice.
CREATE TABLE consortium_company_visit (
    visit_id       VARCHAR(40)${id_collation} NOT NULL,
    project_id     VARCHAR(40)${id_collation} NOT NULL,
    broker_id      VARCHAR(40)${id_collation} NOT NULL,
    visited_on     DATE          NOT NULL,
    company_number CHAR(11)      NOT NULL,
    company_name   VARCHAR(200)  NOT NULL,
    sector_id      VARCHAR(40)${id_collation} NOT NULL,
    employees      INTEGER       NOT NULL,
    advice         VARCHAR(2000),
    PRIMARY KEY (visit_id),
    CONSTRAINT fk_consortium_company_visit_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT fk_consortium_company_visit_broker FOREIGN KEY (broker_id)
        REFERENCES consortium_broker (broker_id),
    CONSTRAINT ck_consortium_company_visit_employees CHECK (employees >= 0 AND employees <= 1000000)
)${table_options};

CREATE INDEX ix_consortium_company_visit_project ON consortium_company_visit (project_id);

-- A need found on a visit: a topic with priority 1 (high) to 3 (low).
CREATE TABLE consortium_company_visit_need (
    visit_id VARCHAR(40)${id_collation} NOT NULL,
    topic_id VARCHAR(40)${id_collation} NOT NULL,
    item_no INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    PRIMARY KEY (visit_id, topic_id),
    CONSTRAINT fk_consortium_company_visit_need_visit FOREIGN KEY (visit_id)
        REFERENCES consortium_company_visit (visit_id) ON DELETE CASCADE,
    CONSTRAINT ck_consortium_company_visit_need_priority CHECK (priority >= 1 AND priority <= 3)
)${table_options};

-- A survey answer, keyed by the survey tool's answer id within the project.
CREATE TABLE consortium_survey_answer (
    project_id     VARCHAR(40)${id_collation} NOT NULL,
    answer_id      VARCHAR(40)${id_collation} NOT NULL,
    answered_on    DATE     NOT NULL,
    company_number CHAR(11) NOT NULL,
    sector_id      VARCHAR(40)${id_collation} NOT NULL,
    employees      INTEGER  NOT NULL,
    PRIMARY KEY (project_id, answer_id),
    CONSTRAINT fk_consortium_survey_answer_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT ck_consortium_survey_answer_employees CHECK (employees >= 0 AND employees <= 1000000)
)${table_options};

-- A need named in a survey answer.
CREATE TABLE consortium_survey_answer_need (
    project_id VARCHAR(40)${id_collation} NOT NULL,
    answer_id  VARCHAR(40)${id_collation} NOT NULL,
    topic_id   VARCHAR(40)${id_collation} NOT NULL,
    item_no INTEGER NOT NULL,
    priority   INTEGER NOT NULL,
    PRIMARY KEY (project_id, answer_id, topic_id),
    CONSTRAINT fk_consortium_survey_answer_need_answer FOREIGN KEY (project_id, answer_id)
        REFERENCES consortium_survey_answer (project_id, answer_id) ON DELETE CASCADE,
    CONSTRAINT ck_consortium_survey_answer_need_priority CHECK (priority >= 1 AND priority <= 3)
)${table_options};

-- A focus area: a topic a project chose, on a day, by a decision if one is recorded.
CREATE TABLE consortium_focus_area (
    project_id         VARCHAR(40)${id_collation} NOT NULL,
    topic_id           VARCHAR(40)${id_collation} NOT NULL,
    chosen_on          DATE    NOT NULL,
    decision_meeting   VARCHAR(40)${id_collation},
    decision_paragraph INTEGER,
    PRIMARY KEY (project_id, topic_id),
    CONSTRAINT fk_consortium_focus_area_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id)
)${table_options};

-- A training (utbildningsinsats) in its state. The sets of a plan (topics, target sectors, target
-- sizes, open-to countries) are ids joined by '|' in their sorted order, as the CSV files write
-- them: each is read and written whole with the training.
CREATE TABLE consortium_training (
    training_id        VARCHAR(40)${id_collation} NOT NULL,
    project_id         VARCHAR(40)${id_collation} NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    topics             VARCHAR(2000) NOT NULL,
    target_sectors     VARCHAR(2000) NOT NULL,
    target_sizes       VARCHAR(40)   NOT NULL,
    partner_id         VARCHAR(40)${id_collation} NOT NULL,
    delivery_mode      VARCHAR(20)   NOT NULL,
    transnational      BOOLEAN       NOT NULL,
    open_to            VARCHAR(2000) NOT NULL,
    planned_on         DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    decision_meeting   VARCHAR(40)${id_collation},
    decision_paragraph INTEGER,
    delivered_on       DATE,
    score              INTEGER,
    evaluation_comment VARCHAR(2000),
    PRIMARY KEY (training_id),
    CONSTRAINT fk_consortium_training_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT fk_consortium_training_partner FOREIGN KEY (partner_id)
        REFERENCES consortium_partner (partner_id),
    CONSTRAINT ck_consortium_training_kind CHECK (
        CASE kind WHEN 'PILOT' THEN 1 WHEN 'NEEDS_BASED' THEN 1 ELSE 0 END = 1),
    CONSTRAINT ck_consortium_training_mode CHECK (
        CASE delivery_mode WHEN 'VIDEO_CONFERENCE' THEN 1 WHEN 'ON_SITE' THEN 1
            WHEN 'HYBRID' THEN 1 ELSE 0 END = 1),
    CONSTRAINT ck_consortium_training_status CHECK (
        CASE status WHEN 'PROPOSED' THEN 1 WHEN 'APPROVED' THEN 1 WHEN 'DELIVERED' THEN 1
            WHEN 'EVALUATED' THEN 1 WHEN 'REJECTED' THEN 1 ELSE 0 END = 1),
    CONSTRAINT ck_consortium_training_score CHECK (score IS NULL OR (score >= 1 AND score <= 5))
)${table_options};

CREATE INDEX ix_consortium_training_project ON consortium_training (project_id);

-- The participants of a delivered training, per organisation and country.
CREATE TABLE consortium_training_participant (
    training_id  VARCHAR(40)${id_collation} NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    country      CHAR(2)      NOT NULL,
    item_no INTEGER      NOT NULL,
    participants INTEGER      NOT NULL,
    PRIMARY KEY (training_id, organisation, country),
    CONSTRAINT fk_consortium_training_participant_training FOREIGN KEY (training_id)
        REFERENCES consortium_training (training_id) ON DELETE CASCADE,
    CONSTRAINT ck_consortium_training_participant_count CHECK (
        participants >= 1 AND participants <= 1000000)
)${table_options};

-- An indicator whose achieved value is counted from records.
CREATE TABLE consortium_indicator_feed (
    indicator_id VARCHAR(40)${id_collation} NOT NULL,
    record_source VARCHAR(40) NOT NULL,
    PRIMARY KEY (indicator_id),
    CONSTRAINT fk_consortium_indicator_feed_indicator FOREIGN KEY (indicator_id)
        REFERENCES consortium_indicator (indicator_id),
    CONSTRAINT ck_consortium_indicator_feed_source CHECK (
        CASE record_source WHEN 'COMPANY_VISITS' THEN 1 WHEN 'SURVEY_ANSWERS' THEN 1
            WHEN 'TRAINING_PARTICIPANTS' THEN 1 WHEN 'DISTINCT_PEOPLE_AT_EVENTS' THEN 1
            ELSE 0 END = 1)
)${table_options};
