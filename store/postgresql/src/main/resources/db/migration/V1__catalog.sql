-- The catalog of a Yesan PostgreSQL store. Each dataset's line and fact tables (lines_N, facts_N)
-- are made by the import that creates the dataset, inside its transaction.
CREATE SEQUENCE yesan_ids START 1;

CREATE TABLE datasets (
  id INTEGER PRIMARY KEY,
  name VARCHAR NOT NULL UNIQUE,
  title VARCHAR NOT NULL,
  country VARCHAR,
  currency VARCHAR NOT NULL,
  source_unit_id VARCHAR NOT NULL,
  source_unit_label VARCHAR NOT NULL,
  source_unit_factor NUMERIC(38,10) NOT NULL,
  source VARCHAR NOT NULL,
  licence VARCHAR NOT NULL,
  model_json VARCHAR NOT NULL,
  imported_at TIMESTAMP WITH TIME ZONE,
  content_hash VARCHAR
);

CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES datasets (id),
  file VARCHAR NOT NULL,
  format VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  facts BIGINT NOT NULL,
  imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE slices (
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES datasets (id),
  measure VARCHAR NOT NULL,
  fiscal_year INTEGER NOT NULL,
  stage VARCHAR NOT NULL,
  reported_in INTEGER NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources (id),
  facts BIGINT NOT NULL,
  total NUMERIC(38,2) NOT NULL,
  UNIQUE (dataset_id, measure, fiscal_year, stage, reported_in)
);
