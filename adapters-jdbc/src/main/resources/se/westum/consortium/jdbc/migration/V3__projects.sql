-- The project and Erasmus+ mobility records of the consortium library (se.westum:consortium-jdbc):
-- funding programmes, projects and their audits, partners, project boards and working groups,
-- main activities, indicators and their measurements, mobility grants and mobilities.
--
-- Same rules as V1 and V2: one script for H2 2.x, PostgreSQL 15+ and MariaDB 10.11+, natural keys,
-- the consortium_ prefix, the table_options placeholder (utf8mb4 on MariaDB and MySQL), ids
-- COLLATE "C" on PostgreSQL through id_collation, enumerations checked with CASE (not IN, which H2
-- 2.4 binds to the migrating connection). Child rows belong wholly to their parent: saving a
-- record again replaces them. Amounts are EUR in DECIMAL(14,2); no column is FLOAT or DOUBLE.
-- The core's decimals keep their scale (58.3903 is not 58.390300), so decimal columns other than
-- money and percentages carry a *_scale column with the scale the value was given in.

-- A funding programme (Interreg ÖKS, Erasmus+ KA1, ESF, ...).
CREATE TABLE consortium_programme (
    programme_id VARCHAR(40)${id_collation} NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    PRIMARY KEY (programme_id),
    CONSTRAINT ck_consortium_programme_kind CHECK (
        CASE kind WHEN 'INTERREG' THEN 1 WHEN 'ERASMUS_PLUS_KA1' THEN 1 WHEN 'ESF' THEN 1
            WHEN 'OTHER' THEN 1 ELSE 0 END = 1)
)${table_options};

-- A project, keyed by its acronym.
CREATE TABLE consortium_project (
    project_id            VARCHAR(40)${id_collation} NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    programme_id          VARCHAR(40)${id_collation} NOT NULL,
    starts_on             DATE         NOT NULL,
    ends_on               DATE         NOT NULL,
    coordinator           VARCHAR(200) NOT NULL,
    status                VARCHAR(30)  NOT NULL,
    application_deadline  DATE,
    final_report_deadline DATE,
    PRIMARY KEY (project_id),
    CONSTRAINT fk_consortium_project_programme FOREIGN KEY (programme_id)
        REFERENCES consortium_programme (programme_id),
    CONSTRAINT ck_consortium_project_status CHECK (
        CASE status WHEN 'DRAFT_APPLICATION' THEN 1 WHEN 'SUBMITTED' THEN 1 WHEN 'GRANTED' THEN 1
            WHEN 'RUNNING' THEN 1 WHEN 'CLOSING' THEN 1 WHEN 'FINAL_REPORT_SUBMITTED' THEN 1
            WHEN 'CLOSED' THEN 1 WHEN 'REJECTED' THEN 1 ELSE 0 END = 1),
    CONSTRAINT ck_consortium_project_period CHECK (ends_on >= starts_on)
)${table_options};

-- The managing authority's checks and audits of a project, in the order given (audit_no from 1).
CREATE TABLE consortium_project_audit (
    project_id VARCHAR(40)${id_collation} NOT NULL,
    audit_no   INTEGER      NOT NULL,
    audited_on DATE         NOT NULL,
    authority  VARCHAR(500) NOT NULL,
    outcome    VARCHAR(500) NOT NULL,
    PRIMARY KEY (project_id, audit_no),
    CONSTRAINT fk_consortium_project_audit_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id) ON DELETE CASCADE
)${table_options};

-- A partner of a project: national id (SE organisationsnummer, NO organisasjonsnummer, DK CVR,
-- free text elsewhere), role, the consortium member it is (if one), and whether it is prospective.
CREATE TABLE consortium_partner (
    partner_id          VARCHAR(40)${id_collation} NOT NULL,
    project_id          VARCHAR(40)${id_collation} NOT NULL,
    organisation        VARCHAR(200) NOT NULL,
    country             CHAR(2)      NOT NULL,
    national_id         VARCHAR(40)  NOT NULL,
    partner_role        VARCHAR(20)  NOT NULL,
    member_number       CHAR(11),
    prospective         BOOLEAN      NOT NULL,
    PRIMARY KEY (partner_id),
    CONSTRAINT fk_consortium_partner_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT ck_consortium_partner_role CHECK (
        CASE partner_role WHEN 'LEAD' THEN 1 WHEN 'COORDINATING' THEN 1 WHEN 'PARTNER' THEN 1
            WHEN 'ASSOCIATED' THEN 1 ELSE 0 END = 1)
)${table_options};

CREATE INDEX ix_consortium_partner_project ON consortium_partner (project_id);

-- A project board or working group.
CREATE TABLE consortium_working_group (
    group_id   VARCHAR(40)${id_collation} NOT NULL,
    project_id VARCHAR(40)${id_collation} NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (group_id),
    CONSTRAINT fk_consortium_working_group_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT ck_consortium_working_group_kind CHECK (
        CASE kind WHEN 'PROJECT_BOARD' THEN 1 WHEN 'WORKING_GROUP' THEN 1 ELSE 0 END = 1)
)${table_options};

CREATE INDEX ix_consortium_working_group_project ON consortium_working_group (project_id);

-- The organisations of a group, in the order given (line_no from 1).
CREATE TABLE consortium_working_group_organisation (
    group_id     VARCHAR(40)${id_collation} NOT NULL,
    line_no      INTEGER      NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    PRIMARY KEY (group_id, line_no),
    CONSTRAINT fk_consortium_working_group_organisation_group FOREIGN KEY (group_id)
        REFERENCES consortium_working_group (group_id) ON DELETE CASCADE
)${table_options};

-- The meetings (of consortium_meeting) a group held, in the order given (line_no from 1).
CREATE TABLE consortium_working_group_meeting (
    group_id   VARCHAR(40)${id_collation} NOT NULL,
    line_no    INTEGER     NOT NULL,
    meeting_id VARCHAR(40)${id_collation} NOT NULL,
    PRIMARY KEY (group_id, line_no),
    CONSTRAINT fk_consortium_working_group_meeting_group FOREIGN KEY (group_id)
        REFERENCES consortium_working_group (group_id) ON DELETE CASCADE,
    CONSTRAINT fk_consortium_working_group_meeting_meeting FOREIGN KEY (meeting_id)
        REFERENCES consortium_meeting (meeting_id)
)${table_options};

-- A main activity (work package) of a project and the partner responsible for it.
CREATE TABLE consortium_activity (
    activity_id VARCHAR(40)${id_collation} NOT NULL,
    project_id  VARCHAR(40)${id_collation} NOT NULL,
    name        VARCHAR(200) NOT NULL,
    partner_id  VARCHAR(40)${id_collation} NOT NULL,
    PRIMARY KEY (activity_id),
    CONSTRAINT fk_consortium_activity_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT fk_consortium_activity_partner FOREIGN KEY (partner_id)
        REFERENCES consortium_partner (partner_id)
)${table_options};

CREATE INDEX ix_consortium_activity_project ON consortium_activity (project_id);

-- An indicator of a project: unit, baseline and target.
CREATE TABLE consortium_indicator (
    indicator_id   VARCHAR(40)${id_collation} NOT NULL,
    project_id     VARCHAR(40)${id_collation} NOT NULL,
    name           VARCHAR(200)   NOT NULL,
    unit           VARCHAR(200)   NOT NULL,
    baseline       DECIMAL(19, 4) NOT NULL,
    baseline_scale SMALLINT       NOT NULL,
    target         DECIMAL(19, 4) NOT NULL,
    target_scale   SMALLINT       NOT NULL,
    PRIMARY KEY (indicator_id),
    CONSTRAINT fk_consortium_indicator_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id)
)${table_options};

CREATE INDEX ix_consortium_indicator_project ON consortium_indicator (project_id);

-- The dated measurements of an indicator, one a day.
CREATE TABLE consortium_indicator_measurement (
    indicator_id   VARCHAR(40)${id_collation} NOT NULL,
    measured_on    DATE           NOT NULL,
    measured_value DECIMAL(19, 4) NOT NULL,
    value_scale    SMALLINT       NOT NULL,
    PRIMARY KEY (indicator_id, measured_on),
    CONSTRAINT fk_consortium_indicator_measurement_indicator FOREIGN KEY (indicator_id)
        REFERENCES consortium_indicator (indicator_id) ON DELETE CASCADE
)${table_options};

-- The Erasmus+ mobility grant of a project: call year and consumption target (per cent).
CREATE TABLE consortium_mobility_grant (
    project_id     VARCHAR(40)${id_collation} NOT NULL,
    call_year      INTEGER       NOT NULL,
    target_percent DECIMAL(4, 1) NOT NULL,
    PRIMARY KEY (project_id),
    CONSTRAINT fk_consortium_mobility_grant_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT ck_consortium_mobility_grant_target CHECK (
        target_percent >= 0 AND target_percent <= 100)
)${table_options};

-- A grant's places and budget per participant category, with the individual-support daily rates
-- (EUR) for receiving-country groups 1 to 3 (NULL: not configured), in the order given.
CREATE TABLE consortium_mobility_grant_category (
    project_id VARCHAR(40)${id_collation} NOT NULL,
    line_no    INTEGER        NOT NULL,
    category   VARCHAR(20)    NOT NULL,
    places     INTEGER        NOT NULL,
    budget     DECIMAL(14, 2) NOT NULL,
    rate_group_1 DECIMAL(14, 2),
    rate_group_2 DECIMAL(14, 2),
    rate_group_3 DECIMAL(14, 2),
    PRIMARY KEY (project_id, line_no),
    CONSTRAINT uq_consortium_mobility_grant_category UNIQUE (project_id, category),
    CONSTRAINT fk_consortium_mobility_grant_category_grant FOREIGN KEY (project_id)
        REFERENCES consortium_mobility_grant (project_id) ON DELETE CASCADE,
    CONSTRAINT ck_consortium_mobility_grant_category_category CHECK (
        CASE category WHEN 'LEARNER' THEN 1 WHEN 'STAFF' THEN 1 ELSE 0 END = 1),
    CONSTRAINT ck_consortium_mobility_grant_category_places CHECK (places >= 1),
    CONSTRAINT ck_consortium_mobility_grant_category_budget CHECK (budget >= 0)
)${table_options};

-- A mobility: a pseudonymous participant (never a name or personnummer), from a sending to a
-- receiving organisation. Coordinates are exact decimal degrees, with the scale they were given
-- in. sending_member is the consortium member the sending organisation belongs to, if any.
CREATE TABLE consortium_mobility (
    mobility_id              VARCHAR(40)${id_collation} NOT NULL,
    project_id               VARCHAR(40)${id_collation} NOT NULL,
    participant_ref          VARCHAR(40)${id_collation} NOT NULL,
    category                 VARCHAR(20)    NOT NULL,
    sending_organisation     VARCHAR(200)   NOT NULL,
    sending_city             VARCHAR(200)   NOT NULL,
    sending_country          CHAR(2)        NOT NULL,
    sending_latitude         DECIMAL(11, 8) NOT NULL,
    sending_latitude_scale   SMALLINT       NOT NULL,
    sending_longitude        DECIMAL(11, 8) NOT NULL,
    sending_longitude_scale  SMALLINT       NOT NULL,
    sending_member           CHAR(11),
    receiving_organisation   VARCHAR(200)   NOT NULL,
    receiving_city           VARCHAR(200)   NOT NULL,
    receiving_country        CHAR(2)        NOT NULL,
    receiving_latitude       DECIMAL(11, 8) NOT NULL,
    receiving_latitude_scale SMALLINT       NOT NULL,
    receiving_longitude      DECIMAL(11, 8) NOT NULL,
    receiving_longitude_scale SMALLINT      NOT NULL,
    starts_on                DATE           NOT NULL,
    ends_on                  DATE           NOT NULL,
    travel_days              INTEGER        NOT NULL,
    green_travel             BOOLEAN        NOT NULL,
    fewer_opportunities      BOOLEAN        NOT NULL,
    course_days              INTEGER        NOT NULL,
    status                   VARCHAR(20)    NOT NULL,
    PRIMARY KEY (mobility_id),
    CONSTRAINT fk_consortium_mobility_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id),
    CONSTRAINT ck_consortium_mobility_category CHECK (
        CASE category WHEN 'LEARNER' THEN 1 WHEN 'STAFF' THEN 1 ELSE 0 END = 1),
    CONSTRAINT ck_consortium_mobility_status CHECK (
        CASE status WHEN 'PLANNED' THEN 1 WHEN 'COMPLETED' THEN 1 WHEN 'CANCELLED' THEN 1
            ELSE 0 END = 1),
    CONSTRAINT ck_consortium_mobility_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_consortium_mobility_days CHECK (
        travel_days >= 0 AND travel_days <= 4 AND course_days >= 0)
)${table_options};

CREATE INDEX ix_consortium_mobility_project ON consortium_mobility (project_id, starts_on);
