CREATE TABLE customer (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  email      VARCHAR(120) NOT NULL UNIQUE,
  name       VARCHAR(80) NOT NULL,
  vip        TINYINT(1) NOT NULL,
  created_at DATETIME NOT NULL
) DEFAULT CHARSET = utf8mb4;
CREATE TABLE orders (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  status      ENUM('NEW', 'PAID', 'SHIPPED') NOT NULL,
  total       DECIMAL(10, 2) NOT NULL CHECK (total >= 0),
  FOREIGN KEY (customer_id) REFERENCES customer (id)
) DEFAULT CHARSET = utf8mb4;
