-- Merchant grading (R-GRADE-1..6; docs/adr/0028-grading-runs.md, docs/adr/0029-grading-past-one-database.md).
-- Every table of per-merchant data is keyed by merchant_id, so each distributes unchanged on Citus
-- by merchant_id and every join between them is co-located. Order facts and grades carry a bucket
-- (a hash of the merchant, 0..15): the monthly run grades one bucket per transaction and resumes
-- after the last bucket it finished.

-- The merchants grading has seen: the seller account behind a member ID, resolved once at ingestion.
CREATE TABLE grading_merchant
(
  merchant_id UUID                     NOT NULL PRIMARY KEY,
  member_id   TEXT                     NOT NULL UNIQUE,
  first_seen  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One completed order as the marketplace's order system reported it; the latest report wins.
-- Partitioned by bucket so that the run reads each fact once across its sixteen transactions.
CREATE TABLE order_fact
(
  bucket        SMALLINT                 NOT NULL CHECK (bucket BETWEEN 0 AND 15),
  merchant_id   UUID                     NOT NULL,
  order_id      TEXT                     NOT NULL,
  buyer_id      TEXT                     NOT NULL,
  completed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  -- +1 positive, 0 neutral, -1 negative, NULL no feedback
  feedback      SMALLINT CHECK (feedback BETWEEN -1 AND 1),
  dispute       BOOLEAN                  NOT NULL,
  shipped_late  BOOLEAN                  NOT NULL,
  cancelled     BOOLEAN                  NOT NULL,
  revision      INT                      NOT NULL DEFAULT 1,
  received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (bucket, merchant_id, order_id)
) PARTITION BY LIST (bucket);
DO $$
BEGIN
  FOR b IN 0..15 LOOP
    EXECUTE format('CREATE TABLE order_fact_%s PARTITION OF order_fact FOR VALUES IN (%s)', b, b);
  END LOOP;
END $$;

-- Every earlier version of a fact that a later report changed (feedback added later...).
CREATE TABLE order_fact_history
(
  merchant_id  UUID                     NOT NULL,
  order_id     TEXT                     NOT NULL,
  revision     INT                      NOT NULL,
  buyer_id     TEXT                     NOT NULL,
  completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  feedback     SMALLINT,
  dispute      BOOLEAN                  NOT NULL,
  shipped_late BOOLEAN                  NOT NULL,
  cancelled    BOOLEAN                  NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  replaced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (merchant_id, order_id, revision)
);

-- The rules a run applies, versioned: a version is never edited, an operator adds the next one.
CREATE TABLE grading_rule_version
(
  version               INT                      NOT NULL PRIMARY KEY,
  -- R-GRADE-1: one buyer counts at most once per seller per calendar month
  buyer_once_per_month  BOOLEAN                  NOT NULL,
  -- R-GRADE-2: the points at which L1..L10 begin, ascending
  level_thresholds      INT[]                    NOT NULL CHECK (cardinality(level_thresholds) = 10),
  -- R-GRADE-3, -6
  service_window_days   INT                      NOT NULL CHECK (service_window_days > 0),
  min_assessed_orders   INT                      NOT NULL CHECK (min_assessed_orders > 0),
  grace_days            INT                      NOT NULL CHECK (grace_days >= 0),
  excellent_below       NUMERIC(6, 4)            NOT NULL,
  good_below            NUMERIC(6, 4)            NOT NULL,
  passing_below         NUMERIC(6, 4)            NOT NULL,
  -- R-GRADE-3, -4: exposure weight per service level
  weight_excellent      NUMERIC(4, 2)            NOT NULL,
  weight_good           NUMERIC(4, 2)            NOT NULL,
  weight_passing        NUMERIC(4, 2)            NOT NULL,
  weight_failing        NUMERIC(4, 2)            NOT NULL,
  weight_not_rated      NUMERIC(4, 2)            NOT NULL,
  created_by            TEXT                     NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (excellent_below < good_below AND good_below < passing_below)
);
-- PRODUCT.md defaults
INSERT INTO grading_rule_version VALUES (1, TRUE, '{3,10,30,100,300,1000,3000,10000,30000,100000}', 90, 30, 90,
  0.03, 0.06, 0.10, 1.3, 1.1, 1.0, 0.6, 1.0, 'PRODUCT.md defaults', now());

-- One grading of one month. At most one run per month is RUNNING; the executor holds a lease.
CREATE TABLE grading_run
(
  id             UUID                     NOT NULL PRIMARY KEY,
  month          DATE                     NOT NULL,
  rule_version   INT                      NOT NULL REFERENCES grading_rule_version (version),
  rerun          BOOLEAN                  NOT NULL,
  status         TEXT                     NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
  merchants      BIGINT                   NOT NULL DEFAULT 0,
  requested_by   TEXT                     NOT NULL,
  started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at    TIMESTAMP WITH TIME ZONE,
  executions     INT                      NOT NULL DEFAULT 0,
  leased_until   TIMESTAMP WITH TIME ZONE,
  error          TEXT
);
CREATE UNIQUE INDEX grading_run_one_running ON grading_run (month) WHERE status = 'RUNNING';
CREATE INDEX grading_run_month ON grading_run (month, started_at);
CREATE INDEX grading_run_finished ON grading_run (finished_at) WHERE status = 'DONE';

-- The buckets a run has finished: a restarted run skips them.
CREATE TABLE grading_run_bucket
(
  run_id    UUID     NOT NULL REFERENCES grading_run (id),
  bucket    SMALLINT NOT NULL,
  merchants BIGINT   NOT NULL,
  PRIMARY KEY (run_id, bucket)
);

-- A merchant's grade for one month: one row, replaced only by a rerun.
CREATE TABLE merchant_grade
(
  merchant_id       UUID          NOT NULL,
  month             DATE          NOT NULL,
  bucket            SMALLINT      NOT NULL,
  rule_version      INT           NOT NULL,
  credit_points     BIGINT        NOT NULL,
  level             SMALLINT      NOT NULL CHECK (level BETWEEN 0 AND 10),
  previous_level    SMALLINT      NOT NULL,
  assessed_orders   BIGINT        NOT NULL,
  bad_orders        BIGINT        NOT NULL,
  bad_order_rate    NUMERIC(9, 6) NOT NULL,
  service_level     TEXT          NOT NULL
    CHECK (service_level IN ('EXCELLENT', 'GOOD', 'PASSING', 'FAILING', 'NOT_RATED')),
  in_grace          BOOLEAN       NOT NULL,
  first_order_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  exposure_weight   NUMERIC(4, 2) NOT NULL,
  weight_changed    BOOLEAN       NOT NULL,
  -- which run wrote it (not part of the grade: a rerun writes the same grade again)
  run_id            UUID          NOT NULL,
  PRIMARY KEY (merchant_id, month)
);
CREATE INDEX merchant_grade_month_bucket ON merchant_grade (month, bucket);
CREATE INDEX merchant_grade_run ON merchant_grade (run_id) WHERE weight_changed;

-- Credentials the marketplace's systems call the integration API with; only a hash is kept.
CREATE TABLE integration_credential
(
  id          UUID                     NOT NULL PRIMARY KEY,
  name        TEXT                     NOT NULL,
  scope       TEXT                     NOT NULL CHECK (scope IN ('GRADING')),
  token_hash  TEXT                     NOT NULL UNIQUE,
  issued_by   TEXT                     NOT NULL,
  issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_by  TEXT,
  revoked_at  TIMESTAMP WITH TIME ZONE
);
