-- bucket4j's table for the limits per client address and per account (code sends, registrations,
-- sign-in failures, uploads), shared by every instance (docs/adr/0016-abuse-limits-and-sign-in-step-up.md)
CREATE TABLE client_limit_bucket
(
  id         TEXT   NOT NULL PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT
);
CREATE INDEX client_limit_bucket_expiry ON client_limit_bucket (expires_at);

-- Failed sign-ins now count per (email, client address); the row whose client is '*' counts the
-- email's failures from every client. A locked row asks for a code by email (step-up), it no
-- longer refuses the owner. The old rows only held a lock of 15 minutes: nothing worth keeping.
DROP TABLE sign_in_attempt;
CREATE TABLE sign_in_attempt
(
  email_normalized TEXT                     NOT NULL,
  client           TEXT                     NOT NULL,
  failures         INT                      NOT NULL,
  window_start     TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until     TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (email_normalized, client)
);

-- the one-time code a locked email signs in with
ALTER TABLE verification_code DROP CONSTRAINT verification_code_purpose_check;
ALTER TABLE verification_code ADD CONSTRAINT verification_code_purpose_check
  CHECK (purpose IN ('REGISTER', 'RESET_PASSWORD', 'SIGN_IN'));
