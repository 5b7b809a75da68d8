-- The shop example on MariaDB (or MySQL): the schema of examples/h2-shop in MariaDB's own idioms
-- (AUTO_INCREMENT keys, ENUM columns, TINYINT(1) flags, utf8mb4 text).
-- Recreated from scratch on every run, so the example can be populated again and again: the
-- example's own tables are dropped from the database the URL names
-- (jdbc:mariadb://.../synth_example_maria?createDatabaseIfNotExist=true) and created anew.
SET FOREIGN_KEY_CHECKS = 0;
DROP TABLE IF EXISTS country, customer, customer_profile, address, category, product, product_price,
  tag, product_tag, orders, order_item, review, department, employee;
SET FOREIGN_KEY_CHECKS = 1;

-- A lookup table that migrations fill; Synth references its rows and never refills it.
CREATE TABLE country (
  code CHAR(2) PRIMARY KEY,
  name VARCHAR(60) NOT NULL UNIQUE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO country (code, name) VALUES
  ('NL', 'Netherlands'), ('DE', 'Germany'), ('FR', 'France'), ('BE', 'Belgium'),
  ('ES', 'Spain'), ('IT', 'Italy'), ('GB', 'United Kingdom'), ('US', 'United States');

CREATE TABLE customer (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  email        VARCHAR(120) NOT NULL UNIQUE,
  first_name   VARCHAR(50)  NOT NULL,
  last_name    VARCHAR(50)  NOT NULL,
  phone        VARCHAR(30),
  birth_date   DATE,
  country_code CHAR(2)      NOT NULL,
  status       ENUM('ACTIVE', 'SUSPENDED', 'CLOSED') NOT NULL,
  newsletter   TINYINT(1)   NOT NULL,
  created_at   DATETIME     NOT NULL,
  updated_at   DATETIME,
  FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One-to-one: every profile belongs to a different customer.
CREATE TABLE customer_profile (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  customer_id    BIGINT NOT NULL UNIQUE,
  bio            VARCHAR(500),
  website        VARCHAR(200),
  loyalty_points INT UNSIGNED NOT NULL,
  FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE address (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  customer_id  BIGINT       NOT NULL,
  street       VARCHAR(100) NOT NULL,
  city         VARCHAR(60)  NOT NULL,
  postal_code  VARCHAR(12)  NOT NULL,
  country_code CHAR(2)      NOT NULL,
  FOREIGN KEY (customer_id) REFERENCES customer (id),
  FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A hierarchy: top-level categories have no parent.
CREATE TABLE category (
  id        INT AUTO_INCREMENT PRIMARY KEY,
  parent_id INT,
  name      VARCHAR(60) NOT NULL UNIQUE,
  FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE product (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  sku          VARCHAR(12)  NOT NULL UNIQUE,
  title        VARCHAR(120) NOT NULL,
  description  TEXT,
  category_id  INT          NOT NULL,
  weight_grams INT CHECK (weight_grams BETWEEN 1 AND 50000),
  status       ENUM('DRAFT', 'ACTIVE', 'RETIRED') NOT NULL,
  in_stock     TINYINT(1)   NOT NULL,
  created_at   DATETIME     NOT NULL,
  FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A composite primary key: one price per product and currency.
CREATE TABLE product_price (
  product_id BIGINT        NOT NULL,
  currency   CHAR(3)       NOT NULL CHECK (currency IN ('EUR', 'USD', 'GBP')),
  amount     DECIMAL(10, 2) NOT NULL CHECK (amount > 0),
  PRIMARY KEY (product_id, currency),
  FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE tag (
  id   INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(40) NOT NULL UNIQUE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A join table whose primary key is two foreign keys.
CREATE TABLE product_tag (
  product_id BIGINT NOT NULL,
  tag_id     INT    NOT NULL,
  PRIMARY KEY (product_id, tag_id),
  FOREIGN KEY (product_id) REFERENCES product (id),
  FOREIGN KEY (tag_id) REFERENCES tag (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE orders (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  customer_id         BIGINT   NOT NULL,
  shipping_address_id BIGINT,
  status              ENUM('NEW', 'PAID', 'SHIPPED', 'CANCELLED') NOT NULL,
  ordered_at          DATETIME NOT NULL,
  shipped_at          DATETIME,
  CONSTRAINT shipped_after_ordered CHECK (shipped_at >= ordered_at),
  FOREIGN KEY (customer_id) REFERENCES customer (id),
  FOREIGN KEY (shipping_address_id) REFERENCES address (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A composite foreign key (product_id, currency) to product_price.
CREATE TABLE order_item (
  order_id   BIGINT        NOT NULL,
  line_no    INT           NOT NULL,
  product_id BIGINT        NOT NULL,
  currency   CHAR(3)       NOT NULL,
  quantity   INT           NOT NULL CHECK (quantity BETWEEN 1 AND 20),
  unit_price DECIMAL(10, 2) NOT NULL CHECK (unit_price >= 0),
  PRIMARY KEY (order_id, line_no),
  FOREIGN KEY (order_id) REFERENCES orders (id),
  FOREIGN KEY (product_id, currency) REFERENCES product_price (product_id, currency)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One review per customer and product.
CREATE TABLE review (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  product_id  BIGINT   NOT NULL,
  customer_id BIGINT   NOT NULL,
  rating      TINYINT  NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment     VARCHAR(1000),
  created_at  DATETIME NOT NULL,
  CONSTRAINT one_review_per_customer UNIQUE (product_id, customer_id),
  FOREIGN KEY (product_id) REFERENCES product (id),
  FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- department.manager_id and employee.department_id form a cycle, broken on the nullable side.
CREATE TABLE department (
  id         INT AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(60) NOT NULL UNIQUE,
  manager_id BIGINT
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE employee (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  department_id INT           NOT NULL,
  manager_id    BIGINT,
  email         VARCHAR(120)  NOT NULL UNIQUE,
  first_name    VARCHAR(50)   NOT NULL,
  last_name     VARCHAR(50)   NOT NULL,
  job_title     VARCHAR(80)   NOT NULL,
  hired_on      DATE          NOT NULL,
  salary        DECIMAL(10, 2) NOT NULL CHECK (salary BETWEEN 20000 AND 250000),
  FOREIGN KEY (department_id) REFERENCES department (id),
  FOREIGN KEY (manager_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE department ADD CONSTRAINT department_manager
  FOREIGN KEY (manager_id) REFERENCES employee (id);
