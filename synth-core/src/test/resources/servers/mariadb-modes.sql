CREATE TABLE country (code CHAR(2) PRIMARY KEY, name VARCHAR(40) NOT NULL);
INSERT INTO country VALUES ('NL', 'Netherlands'), ('DE', 'Germany');
CREATE TABLE author (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(40) NOT NULL,
  country_code CHAR(2) NOT NULL,
  FOREIGN KEY (country_code) REFERENCES country (code)
);
CREATE TABLE book (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  author_id INT NOT NULL,
  title VARCHAR(60) NOT NULL,
  FOREIGN KEY (author_id) REFERENCES author (id)
);
CREATE TABLE department (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(40) NOT NULL
);
CREATE TABLE employee (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  department_id INT NOT NULL,
  FOREIGN KEY (department_id) REFERENCES department (id)
);
ALTER TABLE department ADD COLUMN boss BIGINT UNSIGNED NULL,
  ADD FOREIGN KEY (boss) REFERENCES employee (id);
CREATE TABLE note (id INT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(40) NOT NULL);
INSERT INTO note (body) VALUES ('kept'), ('also kept');
