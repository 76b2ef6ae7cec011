-- The operational-plan goal a training serves (se.westum:consortium-jdbc): the annual report lists
-- a training, and the decision that approved it, under the goal it names, not under every goal of
-- its project.
--
-- Same rules as V1 to V6: one script for H2 2.x, PostgreSQL 15+ and MariaDB 10.11+, natural keys,
-- the consortium_ prefix and ${id_collation}; ids are the core's Limits.ID (40). V7 is the budget
-- revision's. The column is optional: a training names at most one goal, and the trainings already
-- stored name none until they are saved with one.

ALTER TABLE consortium_training ADD COLUMN goal_id VARCHAR(40)${id_collation};

ALTER TABLE consortium_training ADD CONSTRAINT fk_consortium_training_goal FOREIGN KEY (goal_id)
    REFERENCES consortium_goal (goal_id);

CREATE INDEX ix_consortium_training_goal ON consortium_training (goal_id);
