-- Every login name in use, staff or seller: one email, one live account (R-REG-1). The primary
-- key settles concurrent registrations of one email; a reclaimed account's row is deleted, which
-- releases the email (R-ACC-1).
CREATE TABLE login_email
(
  email_normalized TEXT NOT NULL PRIMARY KEY,
  account_kind     TEXT NOT NULL CHECK (account_kind IN ('STAFF', 'SELLER')),
  account_id       UUID NOT NULL
);
INSERT INTO login_email (email_normalized, account_kind, account_id)
SELECT email_normalized, 'STAFF', id FROM staff_account;

-- Member IDs ever issued (R-REG-4): rows are never updated or deleted, so an ID is never reused.
CREATE TABLE member_id_registry
(
  member_id TEXT                     NOT NULL PRIMARY KEY,
  issued_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE FUNCTION member_id_registry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'member IDs are never changed or reused (R-REG-4)' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER member_id_registry_append_only BEFORE UPDATE OR DELETE ON member_id_registry
  FOR EACH ROW EXECUTE FUNCTION member_id_registry_is_append_only();

CREATE TABLE seller_account
(
  id               UUID                     NOT NULL PRIMARY KEY,
  member_id        TEXT                     NOT NULL UNIQUE REFERENCES member_id_registry (member_id),
  email_normalized TEXT                     NOT NULL,
  password_hash    TEXT                     NOT NULL,
  first_name       TEXT                     NOT NULL,
  last_name        TEXT                     NOT NULL,
  chinese_name     TEXT,
  phone            TEXT                     NOT NULL,
  region           TEXT                     NOT NULL,
  province         TEXT,
  city             TEXT                     NOT NULL,
  address_line1    TEXT                     NOT NULL,
  postal_code      TEXT,
  language         TEXT                     NOT NULL CHECK (language IN ('en', 'zh-CN')),
  status           TEXT                     NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED', 'RECLAIMED')),
  registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_sign_in_at  TIMESTAMP WITH TIME ZONE
);
-- one phone per live account
CREATE UNIQUE INDEX seller_account_phone_live ON seller_account (phone) WHERE status <> 'RECLAIMED';
CREATE INDEX seller_account_by_email ON seller_account (email_normalized);

-- a member ID is the account's for good: not even a SQL update through the app changes it
CREATE FUNCTION seller_member_id_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.member_id IS DISTINCT FROM OLD.member_id THEN
    RAISE EXCEPTION 'a member ID never changes (R-REG-4)' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER seller_member_id_immutable BEFORE UPDATE OF member_id ON seller_account
  FOR EACH ROW EXECUTE FUNCTION seller_member_id_is_immutable();

-- One-time codes proving an email or a phone (R-REG-8): only a keyed hash of the code is kept.
CREATE TABLE verification_code
(
  id              UUID                     NOT NULL PRIMARY KEY,
  channel         TEXT                     NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  target          TEXT                     NOT NULL,
  purpose         TEXT                     NOT NULL CHECK (purpose IN ('REGISTER', 'RESET_PASSWORD')),
  code_hash       BYTEA                    NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  failed_attempts INT                      NOT NULL DEFAULT 0,
  consumed_at     TIMESTAMP WITH TIME ZONE,
  superseded_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX verification_code_latest ON verification_code (channel, target, purpose, created_at DESC);

-- bucket4j's table: send limits per target shared by every instance (R-REG-8)
CREATE TABLE rate_limit_bucket
(
  id         TEXT   NOT NULL PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);

-- failed sign-ins per normalised email, for the lockout
CREATE TABLE sign_in_attempt
(
  email_normalized TEXT                     NOT NULL PRIMARY KEY,
  failures         INT                      NOT NULL,
  window_start     TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until     TIMESTAMP WITH TIME ZONE
);

-- non-mainland applicants the operator agreed to in advance (R-REG-6)
CREATE TABLE region_exemption
(
  id               UUID                     NOT NULL PRIMARY KEY,
  email_normalized TEXT                     NOT NULL,
  region           TEXT                     NOT NULL,
  note             TEXT,
  approved_by      UUID                     NOT NULL,
  approved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT region_exemption_unique UNIQUE (email_normalized, region)
);
