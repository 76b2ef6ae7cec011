-- The host's own table, migrated by the host's Flyway (history: flyway_schema_history).
CREATE TABLE host_note (
  id INTEGER PRIMARY KEY,
  text VARCHAR(200) NOT NULL
);

INSERT INTO host_note (id, text) VALUES (1, 'the host migrates its own tables');
