-- The operational-plan goals a project works towards (se.westum:consortium-jdbc, issue 10): the
-- annual report places a project under the goals it names, not only under the goals of the events
-- it organises.
--
-- Same rules as V1 to V5: one script for H2 2.x, PostgreSQL 15+ and MariaDB 10.11+, natural keys,
-- the consortium_ prefix, ${table_options} and ${id_collation}; ids are the core's Limits.ID (40).
-- The rows belong wholly to their project: saving the project again replaces them. A goal is once
-- per project (the key); goal_no keeps the order the project lists its goals in, first the one it
-- serves most. A project's existing rows need none: it names no goal until it is saved with some.

CREATE TABLE consortium_project_goal (
    project_id VARCHAR(40)${id_collation} NOT NULL,
    goal_id    VARCHAR(40)${id_collation} NOT NULL,
    goal_no    INTEGER     NOT NULL,
    PRIMARY KEY (project_id, goal_id),
    CONSTRAINT uq_consortium_project_goal_no UNIQUE (project_id, goal_no),
    CONSTRAINT fk_consortium_project_goal_project FOREIGN KEY (project_id)
        REFERENCES consortium_project (project_id) ON DELETE CASCADE,
    CONSTRAINT fk_consortium_project_goal_goal FOREIGN KEY (goal_id)
        REFERENCES consortium_goal (goal_id)
)${table_options};

CREATE INDEX ix_consortium_project_goal_goal ON consortium_project_goal (goal_id);
