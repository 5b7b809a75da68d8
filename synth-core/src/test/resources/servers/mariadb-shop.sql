CREATE TABLE country (code CHAR(2) PRIMARY KEY, name VARCHAR(60) NOT NULL);
INSERT INTO country VALUES ('NL', 'Netherlands'), ('DE', 'Germany');
CREATE TABLE customer (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(120) NOT NULL UNIQUE,
  name VARCHAR(80) NOT NULL,
  mood ENUM('happy', 'sad') NULL,
  country_code CHAR(2) NOT NULL,
  born YEAR NULL,
  visits INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL,
  FOREIGN KEY (country_code) REFERENCES country (code)
) DEFAULT CHARSET = utf8mb4;
CREATE TABLE orders (
  id INT AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT UNSIGNED NOT NULL,
  total DECIMAL(10, 2) NOT NULL CHECK (total >= 0),
  status VARCHAR(10) NOT NULL CHECK (status IN ('NEW', 'PAID')),
  FOREIGN KEY (customer_id) REFERENCES customer (id)
);
