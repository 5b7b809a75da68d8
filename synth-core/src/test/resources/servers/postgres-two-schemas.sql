CREATE TABLE ${other}.customer (id SERIAL PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO ${other}.customer (name) VALUES ('Ann'), ('Bob'), ('Cid');
CREATE TABLE ${other}.unrelated (id SERIAL PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE orders (
  id SERIAL PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES ${other}.customer (id),
  note TEXT
);
CREATE TABLE ${other}.invoice (
  id SERIAL PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES ${schema}.orders (id)
);
