-- A host application's own migration, with Flyway's default history table.
CREATE TABLE host_invoice (
    id    INTEGER        NOT NULL,
    total DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (id)
);
