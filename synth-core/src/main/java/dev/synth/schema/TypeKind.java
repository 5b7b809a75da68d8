package dev.synth.schema;

/** The families of column types that generation distinguishes. */
public enum TypeKind {
  BOOLEAN,
  TINYINT,
  SMALLINT,
  INTEGER,
  BIGINT,
  DECIMAL,
  REAL,
  DOUBLE,
  CHAR,
  VARCHAR,
  CLOB,
  DATE,
  TIME,
  TIME_TZ,
  TIMESTAMP,
  TIMESTAMP_TZ,
  UUID,
  BINARY,
  VARBINARY,
  BLOB,
  ENUM,
  /** MySQL's SET: a comma-joined subset of declared members. */
  SET,
  JSON,
  INTERVAL,
  /** PostgreSQL's {@code inet} and {@code cidr}: IPv4 hosts and networks. */
  INET,
  /** An array of another type ({@code int[]}, {@code text[]}). */
  ARRAY,
  /** A type the engine cannot generate; nullable columns get NULL, others fail the plan. */
  OTHER;

  public boolean isInteger() {
    return this == TINYINT || this == SMALLINT || this == INTEGER || this == BIGINT;
  }

  public boolean isNumeric() {
    return isInteger() || this == DECIMAL || this == REAL || this == DOUBLE;
  }

  public boolean isText() {
    return this == CHAR || this == VARCHAR || this == CLOB;
  }

  public boolean isTemporal() {
    return this == DATE
        || this == TIME
        || this == TIME_TZ
        || this == TIMESTAMP
        || this == TIMESTAMP_TZ;
  }

  public boolean isBinary() {
    return this == BINARY || this == VARBINARY || this == BLOB;
  }
}
