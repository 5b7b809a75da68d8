CREATE TYPE mood AS ENUM ('happy', 'sad', 'neutral');
CREATE TABLE country (code CHAR(2) PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO country VALUES ('NL', 'Netherlands'), ('DE', 'Germany'), ('FR', 'France');
CREATE TABLE customer (
  id BIGSERIAL PRIMARY KEY,
  uid UUID NOT NULL UNIQUE,
  email VARCHAR(120) NOT NULL UNIQUE,
  name TEXT NOT NULL,
  mood mood,
  profile JSONB,
  country_code CHAR(2) NOT NULL REFERENCES country (code),
  balance NUMERIC(12, 2) NOT NULL CHECK (balance >= 0),
  created_at TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED'))
);
CREATE TABLE orders (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  ordered_at TIMESTAMP NOT NULL,
  shipped_at TIMESTAMP,
  note BYTEA,
  CHECK (shipped_at > ordered_at)
);
CREATE TABLE department (id SERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, manager_id INTEGER);
CREATE TABLE employee (
  id SERIAL PRIMARY KEY,
  department_id INTEGER NOT NULL REFERENCES department (id),
  boss_id INTEGER REFERENCES employee (id)
);
ALTER TABLE department ADD FOREIGN KEY (manager_id) REFERENCES employee (id);
