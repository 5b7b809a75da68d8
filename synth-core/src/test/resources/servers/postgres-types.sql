CREATE TYPE colour AS ENUM ('red', 'green', 'blue');
CREATE TYPE pair AS (x INTEGER, y INTEGER);
CREATE DOMAIN positive_int AS INTEGER CHECK (VALUE > 0);
CREATE DOMAIN short_code AS TEXT CHECK (char_length(VALUE) BETWEEN 2 AND 8);
CREATE TABLE everything (
  id SERIAL PRIMARY KEY,
  big BIGSERIAL NOT NULL,
  uid UUID NOT NULL,
  doc JSON NOT NULL,
  docb JSONB NOT NULL,
  ints INTEGER[] NOT NULL,
  texts TEXT[] NOT NULL,
  codes VARCHAR(4)[] NOT NULL,
  amounts NUMERIC(5, 2)[],
  colour colour NOT NULL,
  qty positive_int NOT NULL,
  code short_code NOT NULL,
  price NUMERIC(8, 3) NOT NULL,
  raw BYTEA NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  span INTERVAL NOT NULL,
  host INET NOT NULL,
  net CIDR NOT NULL,
  note TEXT NOT NULL,
  spot POINT,
  words TSVECTOR,
  coords pair
);
CREATE TABLE needs_rule (id SERIAL PRIMARY KEY, spot POINT NOT NULL, coords pair NOT NULL);
CREATE TABLE unique_net (host INET PRIMARY KEY, net CIDR NOT NULL UNIQUE);
