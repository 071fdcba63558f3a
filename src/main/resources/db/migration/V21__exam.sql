-- The rules exam (R-EXAM; docs/adr/0026-exam-versions-and-key-secrecy.md). A question is a
-- stable id with append-only versions; an attempt records the version of every question it
-- drew, so its score never changes when the bank does. The answer key (which option is right)
-- lives only in exam_question_version.options and is never sent to a seller.

CREATE TABLE exam_question
(
  id              UUID                     NOT NULL PRIMARY KEY,
  -- the seed's stable key (REG-01 …), NULL for questions an operator added
  seed_key        TEXT UNIQUE,
  current_version INT                      NOT NULL CHECK (current_version >= 1),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every version of every question, never changed: an edit is a new row.
CREATE TABLE exam_question_version
(
  question_id UUID                     NOT NULL REFERENCES exam_question (id),
  version     INT                      NOT NULL CHECK (version >= 1),
  topic       TEXT                     NOT NULL,
  text_en     TEXT                     NOT NULL,
  text_zh     TEXT                     NOT NULL,
  -- [{"id", "en", "zh", "correct"}], 3 to 5, exactly one correct
  options     JSONB                    NOT NULL,
  created_by  TEXT                     NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (question_id, version)
);

-- The seller may take the exam: its fees are paid (learnt from billing's FeesPaid).
CREATE TABLE exam_eligibility
(
  seller_id    UUID                     NOT NULL PRIMARY KEY,
  fees_paid_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE exam_attempt
(
  id           UUID                     NOT NULL PRIMARY KEY,
  seller_id    UUID                     NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  -- set once, when answered or found expired
  closed_at    TIMESTAMP WITH TIME ZONE,
  outcome      TEXT CHECK (outcome IN ('PASSED', 'FAILED', 'EXPIRED')),
  score        INT CHECK (score BETWEEN 0 AND 100),
  retake_after TIMESTAMP WITH TIME ZONE,
  CHECK ((closed_at IS NULL) = (outcome IS NULL))
);
-- one open attempt per seller, across instances
CREATE UNIQUE INDEX exam_attempt_one_open ON exam_attempt (seller_id) WHERE closed_at IS NULL;
CREATE INDEX exam_attempt_seller ON exam_attempt (seller_id, started_at);
CREATE INDEX exam_attempt_closed ON exam_attempt (closed_at) WHERE closed_at IS NOT NULL;

-- The questions of an attempt: the version drawn, the options in the order shown, each under an
-- id of this attempt only ([{"shown", "option"}]), and what the seller chose.
CREATE TABLE exam_attempt_question
(
  attempt_id    UUID    NOT NULL REFERENCES exam_attempt (id),
  position      INT     NOT NULL,
  question_id   UUID    NOT NULL,
  version       INT     NOT NULL,
  option_order  JSONB   NOT NULL,
  chosen_option UUID,
  correct       BOOLEAN,
  PRIMARY KEY (attempt_id, position),
  UNIQUE (attempt_id, question_id),
  FOREIGN KEY (question_id, version) REFERENCES exam_question_version (question_id, version)
);
CREATE INDEX exam_attempt_question_version ON exam_attempt_question (question_id, version);
