-- Staff accounts (reviewers and operators). Staff are never sellers.
CREATE TABLE staff_account
(
  id               UUID                     NOT NULL PRIMARY KEY,
  email            TEXT                     NOT NULL,
  email_normalized TEXT                     NOT NULL,
  password_hash    TEXT                     NOT NULL,
  name             TEXT                     NOT NULL,
  roles            TEXT[]                   NOT NULL CHECK (cardinality(roles) > 0
                                                AND roles <@ ARRAY['REVIEWER', 'OPERATOR']::TEXT[]),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       UUID REFERENCES staff_account (id),
  CONSTRAINT staff_account_email_unique UNIQUE (email_normalized)
);

-- Bearer tokens of the API: only a SHA-256 hash of the token is stored; revocable; expiring.
CREATE TABLE access_token
(
  id           UUID                     NOT NULL PRIMARY KEY,
  token_hash   BYTEA                    NOT NULL,
  account_kind TEXT                     NOT NULL CHECK (account_kind IN ('STAFF', 'SELLER')),
  account_id   UUID                     NOT NULL,
  issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT access_token_hash_unique UNIQUE (token_hash),
  CHECK (expires_at > issued_at)
);
CREATE INDEX access_token_by_account ON access_token (account_kind, account_id);
