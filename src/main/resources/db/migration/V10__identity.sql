-- Real-name authentication (R-ID). Personal data (names, ID numbers, credit codes) are stored
-- only as Tink AEAD ciphertext; uniqueness and look-ups go through a keyed PRF (never plain text,
-- never a truncated blind index).

-- A subject: an enterprise (credit code) or an individual business (the operator's ID number).
CREATE TABLE identity_subject
(
  id             UUID                     NOT NULL PRIMARY KEY,
  subject_type   TEXT                     NOT NULL CHECK (subject_type IN ('ENTERPRISE', 'INDIVIDUAL_BUSINESS')),
  key_mac        BYTEA                    NOT NULL CHECK (length(key_mac) = 32),
  key_ciphertext BYTEA                    NOT NULL,
  max_accounts   INT                      NOT NULL CHECK (max_accounts >= 1),
  banned_at      TIMESTAMP WITH TIME ZONE,
  banned_reason  TEXT,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT identity_subject_unique UNIQUE (subject_type, key_mac)
);

-- Which account a subject is bound to, for good (R-ID-7): one row per account, never changed.
CREATE TABLE identity_binding
(
  seller_id  UUID                     NOT NULL PRIMARY KEY,
  subject_id UUID                     NOT NULL REFERENCES identity_subject (id),
  member_id  TEXT                     NOT NULL,
  case_id    UUID                     NOT NULL,
  bound_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_binding_by_subject ON identity_binding (subject_id);

-- R-ID-6 in the database: the subject row is locked, so concurrent bindings of one subject are
-- counted one after the other; an individual business binds one account, an enterprise
-- max_accounts (six by default).
CREATE FUNCTION identity_binding_within_limit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  allowed INT;
  bound   INT;
BEGIN
  SELECT max_accounts INTO allowed FROM identity_subject WHERE id = NEW.subject_id FOR UPDATE;
  SELECT count(*) INTO bound FROM identity_binding WHERE subject_id = NEW.subject_id;
  IF bound >= allowed THEN
    RAISE EXCEPTION 'R-ID-6: subject % already binds % account(s)', NEW.subject_id, bound
      USING ERRCODE = 'check_violation', CONSTRAINT = 'identity_binding_limit';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER identity_binding_limit BEFORE INSERT ON identity_binding
  FOR EACH ROW EXECUTE FUNCTION identity_binding_within_limit();

-- R-ID-7: bound for good, whatever the app or a SQL update through it tries.
CREATE FUNCTION identity_binding_is_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'R-ID-7: an approved identity is bound to its account for good'
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER identity_binding_permanent BEFORE UPDATE OR DELETE ON identity_binding
  FOR EACH ROW EXECUTE FUNCTION identity_binding_is_permanent();

-- Verification cases: one row per attempt; an attempt after a rejection or expiry is a new row.
CREATE TABLE identity_case
(
  id                  UUID                     NOT NULL PRIMARY KEY,
  seller_id           UUID                     NOT NULL,
  member_id           TEXT                     NOT NULL,
  attempt             INT                      NOT NULL CHECK (attempt >= 1),
  previous_case_id    UUID REFERENCES identity_case (id),
  status              TEXT                     NOT NULL CHECK (status IN ('DRAFT', 'AWAITING_PROVIDER', 'IN_REVIEW',
                                                 'APPROVED', 'REJECTED', 'EXPIRED')),
  subject_type        TEXT CHECK (subject_type IN ('ENTERPRISE', 'INDIVIDUAL_BUSINESS')),
  method              TEXT CHECK (method IN ('CORPORATE_ALIPAY', 'LEGAL_REP_ALIPAY', 'PERSONAL_ALIPAY')),
  company_name        BYTEA,
  credit_code         BYTEA,
  credit_code_masked  TEXT,
  person_name         BYTEA,
  person_id_number    BYTEA,
  person_id_masked    TEXT,
  subject_key_mac     BYTEA,
  provider_ref        UUID,
  provider_started_at TIMESTAMP WITH TIME ZONE,
  review_case_id      UUID,
  expected_decision   TIMESTAMP WITH TIME ZONE,
  reasons             JSONB                    NOT NULL DEFAULT '[]',
  submitted_at        TIMESTAMP WITH TIME ZONE,
  decided_at          TIMESTAMP WITH TIME ZONE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT                   NOT NULL DEFAULT 0
);
-- one live case per seller at a time
CREATE UNIQUE INDEX identity_case_one_live ON identity_case (seller_id)
  WHERE status IN ('DRAFT', 'AWAITING_PROVIDER', 'IN_REVIEW', 'APPROVED');
CREATE UNIQUE INDEX identity_case_provider_ref ON identity_case (provider_ref) WHERE provider_ref IS NOT NULL;
CREATE INDEX identity_case_awaiting ON identity_case (provider_started_at) WHERE status = 'AWAITING_PROVIDER';

-- an approved case's subject never changes (R-ID-7)
CREATE FUNCTION identity_case_approved_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'APPROVED' AND (NEW.status IS DISTINCT FROM OLD.status
      OR NEW.subject_type IS DISTINCT FROM OLD.subject_type OR NEW.credit_code IS DISTINCT FROM OLD.credit_code
      OR NEW.person_id_number IS DISTINCT FROM OLD.person_id_number OR NEW.company_name IS DISTINCT FROM OLD.company_name
      OR NEW.person_name IS DISTINCT FROM OLD.person_name OR NEW.subject_key_mac IS DISTINCT FROM OLD.subject_key_mac) THEN
    RAISE EXCEPTION 'R-ID-7: an approved identity is bound to its account for good'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER identity_case_approved_final BEFORE UPDATE ON identity_case
  FOR EACH ROW EXECUTE FUNCTION identity_case_approved_is_final();

-- the documents of each attempt; accepted ones carry over to the next attempt unchanged
CREATE TABLE identity_document
(
  case_id     UUID  NOT NULL REFERENCES identity_case (id),
  kind        TEXT  NOT NULL CHECK (kind IN ('BUSINESS_LICENSE', 'BANK_ACCOUNT_LICENSE', 'ID_FRONT', 'ID_BACK',
                                             'HOLDING_ID_PHOTO')),
  document_id UUID  NOT NULL,
  status      TEXT  NOT NULL CHECK (status IN ('UPLOADED', 'ACCEPTED', 'REJECTED')),
  carried     BOOLEAN NOT NULL DEFAULT FALSE,
  checks      JSONB NOT NULL DEFAULT '[]',
  PRIMARY KEY (case_id, kind)
);
