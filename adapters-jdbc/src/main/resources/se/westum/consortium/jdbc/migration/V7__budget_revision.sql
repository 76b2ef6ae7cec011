-- A project's budget revision (issue 12): a value that every write to the project's mobility grant
-- or mobilities replaces, in the writing transaction, with a new random one. A budget computed at
-- one revision holds as long as the revision is the same, in any process; a random value, not a
-- counter, so that a rolled-back write's value is never seen again for other data.
--
-- V7, not V6: V4 belongs to the bench branch's indexes, V6 is left to the import path's work. Same
-- rules as V1 to V5: one script for H2 2.x, PostgreSQL 15+ and MariaDB 10.11+.
ALTER TABLE consortium_mobility_grant ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
