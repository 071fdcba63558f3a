-- Idempotency keys of the API (API.md "Conventions"; docs/adr/0015-idempotency-keys.md): the first
-- answer to a write sent with an Idempotency-Key header, replayed to retries of the same request.

CREATE TABLE api_idempotency_key
(
  -- whose key: 'account:<account id>' for a bearer token, 'anonymous' for calls without one
  scope        TEXT                     NOT NULL,
  key          TEXT                     NOT NULL CHECK (key ~ '^[\x21-\x7E]{1,255}$'),
  -- SHA-256 (hex) of method, path, query and body: the same key with another request is refused
  fingerprint  TEXT                     NOT NULL,
  state        TEXT                     NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
  -- who runs the request now: a retry taking over an abandoned row writes a new one, so the first
  -- process, should it still finish, no longer touches the row
  attempt      UUID                     NOT NULL,
  -- the stored answer, once COMPLETED
  status       INT CHECK (status BETWEEN 100 AND 499),
  content_type TEXT,
  location     TEXT,
  body         BYTEA,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (scope, key),
  CONSTRAINT api_idempotency_key_completed CHECK ((state = 'COMPLETED') = (status IS NOT NULL AND completed_at IS NOT NULL))
);

-- the purge of expired keys
CREATE INDEX api_idempotency_key_created ON api_idempotency_key (created_at);
