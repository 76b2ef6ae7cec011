-- The membership records of the consortium library (se.westum:consortium-jdbc).
--
-- One script for H2 2.x, PostgreSQL 15+ and MariaDB 10.11+: standard types, natural keys (no
-- identity columns), no reserved words as names, and a consortium_ prefix so the tables sit
-- beside a host's own. The table_options placeholder is a utf8mb4 clause on MariaDB and MySQL
-- (names may hold any Unicode letter) and empty elsewhere.

CREATE TABLE consortium_member (
    organisation_number CHAR(11)     NOT NULL,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    joined_on           DATE         NOT NULL,
    left_on             DATE,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (organisation_number),
    -- CASE, not IN: H2 2.4 turns IN into a set bound to the migrating connection, and the check
    -- fails once that connection is closed
    CONSTRAINT ck_consortium_member_kind CHECK (
        CASE kind WHEN 'MUNICIPALITY' THEN 1 WHEN 'FEDERATION' THEN 1 WHEN 'OTHER' THEN 1 ELSE 0 END = 1),
    CONSTRAINT ck_consortium_member_period CHECK (left_on IS NULL OR left_on >= joined_on),
    CONSTRAINT ck_consortium_member_version CHECK (version >= 1)
)${table_options};

-- The municipalities (SCB codes) a member covers.
CREATE TABLE consortium_member_municipality (
    organisation_number CHAR(11) NOT NULL,
    municipality_code   CHAR(4)  NOT NULL,
    PRIMARY KEY (organisation_number, municipality_code),
    CONSTRAINT fk_consortium_member_municipality_member FOREIGN KEY (organisation_number)
        REFERENCES consortium_member (organisation_number) ON DELETE CASCADE
)${table_options};

-- At most one fee per member and year.
CREATE TABLE consortium_annual_fee (
    organisation_number CHAR(11)       NOT NULL,
    fee_year            INTEGER        NOT NULL,
    amount              DECIMAL(14, 2) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    PRIMARY KEY (organisation_number, fee_year),
    CONSTRAINT fk_consortium_annual_fee_member FOREIGN KEY (organisation_number)
        REFERENCES consortium_member (organisation_number) ON DELETE CASCADE,
    CONSTRAINT ck_consortium_annual_fee_amount CHECK (amount >= 0)
)${table_options};

CREATE INDEX ix_consortium_annual_fee_year ON consortium_annual_fee (fee_year);

-- A payment is identified by what it is: recording the same one twice stores it once.
CREATE TABLE consortium_payment (
    organisation_number CHAR(11)       NOT NULL,
    fee_year            INTEGER        NOT NULL,
    paid_on             DATE           NOT NULL,
    amount              DECIMAL(14, 2) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    PRIMARY KEY (organisation_number, fee_year, paid_on, amount, currency),
    CONSTRAINT fk_consortium_payment_member FOREIGN KEY (organisation_number)
        REFERENCES consortium_member (organisation_number) ON DELETE CASCADE,
    CONSTRAINT ck_consortium_payment_amount CHECK (amount > 0)
)${table_options};

CREATE INDEX ix_consortium_payment_year ON consortium_payment (fee_year);
