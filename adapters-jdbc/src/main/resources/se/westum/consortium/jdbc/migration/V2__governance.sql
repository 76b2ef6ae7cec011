-- The governance records of the consortium library (se.westum:consortium-jdbc): board terms,
-- meetings, decisions, operational-plan goals, events and staff.
--
-- Same rules as V1: one script for H2 2.x, PostgreSQL 15+ and MariaDB 10.11+, natural keys, the
-- consortium_ prefix, the table_options placeholder (utf8mb4 on MariaDB and MySQL). The
-- id_collation placeholder orders ids by character code, as the core does: COLLATE "C" on
-- PostgreSQL, whose database default may be a language's collation; empty elsewhere (MariaDB's
-- tables are utf8mb4_bin, H2 compares by code). Enumerations are checked with CASE, not IN: H2 2.4
-- binds an IN list to the migrating connection. Child rows belong wholly to their parent: saving a
-- record again replaces them.

-- A board term of office.
CREATE TABLE consortium_board_term (
    term_id   VARCHAR(40)${id_collation} NOT NULL,
    starts_on DATE        NOT NULL,
    ends_on   DATE        NOT NULL,
    PRIMARY KEY (term_id),
    CONSTRAINT ck_consortium_board_term_period CHECK (ends_on >= starts_on)
)${table_options};

-- The seats of a term's board, in the order they were given (seat_no from 1).
CREATE TABLE consortium_board_seat (
    term_id     VARCHAR(40)${id_collation} NOT NULL,
    seat_no     INTEGER      NOT NULL,
    person_ref  VARCHAR(40)${id_collation} NOT NULL,
    person_name VARCHAR(200) NOT NULL,
    board_role  VARCHAR(30)  NOT NULL,
    PRIMARY KEY (term_id, seat_no),
    CONSTRAINT uq_consortium_board_seat_person UNIQUE (term_id, person_ref),
    CONSTRAINT fk_consortium_board_seat_term FOREIGN KEY (term_id)
        REFERENCES consortium_board_term (term_id) ON DELETE CASCADE,
    CONSTRAINT ck_consortium_board_seat_role CHECK (
        CASE board_role WHEN 'CHAIR' THEN 1 WHEN 'VICE_CHAIR' THEN 1 WHEN 'TREASURER' THEN 1
            WHEN 'SECRETARY' THEN 1 WHEN 'MEMBER' THEN 1 WHEN 'DEPUTY' THEN 1 ELSE 0 END = 1)
)${table_options};

-- The nomination committee and auditors of a term, in the order they were given.
CREATE TABLE consortium_board_position (
    term_id       VARCHAR(40)${id_collation} NOT NULL,
    position_no   INTEGER      NOT NULL,
    position_kind VARCHAR(30)  NOT NULL,
    person_ref    VARCHAR(40)${id_collation} NOT NULL,
    person_name   VARCHAR(200) NOT NULL,
    PRIMARY KEY (term_id, position_no),
    CONSTRAINT fk_consortium_board_position_term FOREIGN KEY (term_id)
        REFERENCES consortium_board_term (term_id) ON DELETE CASCADE,
    CONSTRAINT ck_consortium_board_position_kind CHECK (
        CASE position_kind WHEN 'NOMINATION_COMMITTEE' THEN 1 WHEN 'AUDITOR' THEN 1 ELSE 0 END = 1)
)${table_options};

-- A meeting: one day, or several (a strategy day may span two).
CREATE TABLE consortium_meeting (
    meeting_id VARCHAR(40)${id_collation} NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    place      VARCHAR(200) NOT NULL,
    PRIMARY KEY (meeting_id),
    CONSTRAINT ck_consortium_meeting_kind CHECK (
        CASE kind WHEN 'BOARD_MEETING' THEN 1 WHEN 'STRATEGY_DAY' THEN 1 WHEN 'ANNUAL_MEETING' THEN 1
            WHEN 'PROJECT_BOARD_MEETING' THEN 1 WHEN 'WORKING_GROUP_MEETING' THEN 1 ELSE 0 END = 1),
    CONSTRAINT ck_consortium_meeting_dates CHECK (ends_on >= starts_on)
)${table_options};

CREATE INDEX ix_consortium_meeting_start ON consortium_meeting (starts_on);

-- Who was present at a meeting (pseudonymous references).
CREATE TABLE consortium_meeting_attendance (
    meeting_id VARCHAR(40)${id_collation} NOT NULL,
    person_ref VARCHAR(40)${id_collation} NOT NULL,
    PRIMARY KEY (meeting_id, person_ref),
    CONSTRAINT fk_consortium_meeting_attendance_meeting FOREIGN KEY (meeting_id)
        REFERENCES consortium_meeting (meeting_id) ON DELETE CASCADE
)${table_options};

-- A decision (§) of a meeting. Saving a meeting again updates its row, so its decisions stay.
CREATE TABLE consortium_decision (
    meeting_id VARCHAR(40)${id_collation} NOT NULL,
    paragraph  INTEGER       NOT NULL,
    subject    VARCHAR(2000) NOT NULL,
    outcome    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (meeting_id, paragraph),
    CONSTRAINT fk_consortium_decision_meeting FOREIGN KEY (meeting_id)
        REFERENCES consortium_meeting (meeting_id),
    CONSTRAINT ck_consortium_decision_paragraph CHECK (paragraph >= 1)
)${table_options};

-- An overarching goal of a fiscal year's operational plan, numbered I, II, ...
CREATE TABLE consortium_goal (
    goal_id     VARCHAR(40)${id_collation} NOT NULL,
    fiscal_year INTEGER      NOT NULL,
    goal_number VARCHAR(8)   NOT NULL,
    title       VARCHAR(300) NOT NULL,
    PRIMARY KEY (goal_id)
)${table_options};

CREATE INDEX ix_consortium_goal_year ON consortium_goal (fiscal_year);

-- An event. participation says which form is known: TOTAL (participants alone), BY_ORGANISATION
-- (rows in consortium_event_organisation) or BY_PERSON (rows in consortium_event_person);
-- participants always holds the total.
CREATE TABLE consortium_event (
    event_id      VARCHAR(40)${id_collation} NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    place         VARCHAR(200) NOT NULL,
    country       CHAR(2)      NOT NULL,
    organiser     VARCHAR(200) NOT NULL,
    goal_id       VARCHAR(40)${id_collation},
    participation VARCHAR(20)  NOT NULL,
    participants  INTEGER      NOT NULL,
    PRIMARY KEY (event_id),
    CONSTRAINT fk_consortium_event_goal FOREIGN KEY (goal_id)
        REFERENCES consortium_goal (goal_id),
    CONSTRAINT ck_consortium_event_kind CHECK (
        CASE kind WHEN 'CONFERENCE' THEN 1 WHEN 'STAFF_TRAINING' THEN 1
            WHEN 'DISSEMINATION_CONFERENCE' THEN 1 WHEN 'PARTNERSHIP_MEETING' THEN 1
            WHEN 'STUDY_VISIT' THEN 1 WHEN 'CONTACT_SEMINAR' THEN 1 WHEN 'WORKSHOP' THEN 1
            ELSE 0 END = 1),
    CONSTRAINT ck_consortium_event_participation CHECK (
        CASE participation WHEN 'TOTAL' THEN 1 WHEN 'BY_ORGANISATION' THEN 1 WHEN 'BY_PERSON' THEN 1
            ELSE 0 END = 1),
    CONSTRAINT ck_consortium_event_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_consortium_event_participants CHECK (participants >= 0)
)${table_options};

CREATE INDEX ix_consortium_event_start ON consortium_event (starts_on);

-- Participants of an event counted per organisation, in the order they were given (line_no from 1).
CREATE TABLE consortium_event_organisation (
    event_id     VARCHAR(40)${id_collation} NOT NULL,
    line_no      INTEGER      NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    country      CHAR(2)      NOT NULL,
    participants INTEGER      NOT NULL,
    PRIMARY KEY (event_id, line_no),
    CONSTRAINT uq_consortium_event_organisation UNIQUE (event_id, organisation),
    CONSTRAINT fk_consortium_event_organisation_event FOREIGN KEY (event_id)
        REFERENCES consortium_event (event_id) ON DELETE CASCADE,
    CONSTRAINT ck_consortium_event_organisation_count CHECK (participants >= 1)
)${table_options};

-- Participants of an event listed as distinct people (pseudonymous references).
CREATE TABLE consortium_event_person (
    event_id   VARCHAR(40)${id_collation} NOT NULL,
    person_ref VARCHAR(40)${id_collation} NOT NULL,
    PRIMARY KEY (event_id, person_ref),
    CONSTRAINT fk_consortium_event_person_event FOREIGN KEY (event_id)
        REFERENCES consortium_event (event_id) ON DELETE CASCADE
)${table_options};

-- An employment. person_name is personal data: the adapter never logs it.
CREATE TABLE consortium_staff (
    staff_id    VARCHAR(40)${id_collation} NOT NULL,
    person_name VARCHAR(200) NOT NULL,
    staff_role  VARCHAR(100) NOT NULL,
    started_on  DATE         NOT NULL,
    ended_on    DATE,
    PRIMARY KEY (staff_id),
    CONSTRAINT ck_consortium_staff_period CHECK (ended_on IS NULL OR ended_on >= started_on)
)${table_options};

-- The projects (acronyms) an employee works on.
CREATE TABLE consortium_staff_project (
    staff_id VARCHAR(40)${id_collation} NOT NULL,
    project  VARCHAR(40)${id_collation} NOT NULL,
    PRIMARY KEY (staff_id, project),
    CONSTRAINT fk_consortium_staff_project_staff FOREIGN KEY (staff_id)
        REFERENCES consortium_staff (staff_id) ON DELETE CASCADE
)${table_options};
