-- Messages the built-in "log" email and SMS providers deliver: kept here instead of being sent,
-- so a demo or a test can read them back (GET /api/v1/admin/outbox).
CREATE TABLE outbox_message
(
  id         UUID                     NOT NULL PRIMARY KEY,
  channel    TEXT                     NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  recipient  TEXT                     NOT NULL,
  subject    TEXT,
  body       TEXT                     NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outbox_message_by_recipient ON outbox_message (lower(recipient), created_at DESC);
