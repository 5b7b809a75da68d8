CREATE TABLE member (id SERIAL PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE subscription (
  id SERIAL PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member (id),
  code VARCHAR(12) NOT NULL,
  active BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX one_code_while_active ON subscription (code) WHERE active;
CREATE UNIQUE INDEX one_code ON subscription (code);
CREATE TABLE flag (id SERIAL PRIMARY KEY, is_default BOOLEAN NOT NULL, label TEXT NOT NULL);
CREATE UNIQUE INDEX one_default ON flag (is_default) WHERE is_default;
