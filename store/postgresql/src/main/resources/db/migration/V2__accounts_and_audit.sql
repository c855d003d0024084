-- Users, the SHA-256 hashes of their tokens (never a token), and the audit log.
-- Times are epoch milliseconds, as in the DuckDB store (org.yesan.store.accounts.AccountTables).
CREATE TABLE yesan_users (name VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE yesan_tokens (id VARCHAR PRIMARY KEY, owner VARCHAR NOT NULL, hash VARCHAR NOT NULL UNIQUE, created_at BIGINT NOT NULL, revoked_at BIGINT);
CREATE SEQUENCE yesan_audit_ids START 1;
CREATE TABLE yesan_audit (id BIGINT PRIMARY KEY, happened_at BIGINT NOT NULL, actor VARCHAR NOT NULL, action VARCHAR NOT NULL, subject VARCHAR NOT NULL, file VARCHAR, sha256 VARCHAR, result VARCHAR NOT NULL);
