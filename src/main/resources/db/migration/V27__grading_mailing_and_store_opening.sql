-- Grading, follow-up of issue 16 (docs/adr/0033-grading-mailing-and-grace.md). Every table stays keyed by
-- merchant_id, so it distributes on Citus with the facts and grades.

-- When each merchant's store opened through Kaidian (store's StoreOpened event): the grace period starts
-- here (R-GRADE-6). A merchant absent here never opened through Kaidian; its first order stands in.
CREATE TABLE grading_store_opening
(
  merchant_id UUID                     NOT NULL PRIMARY KEY,
  opened_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
-- once: the stores that opened before grading listened (their StoreOpened was delivered already)
INSERT INTO grading_store_opening (merchant_id, opened_at)
SELECT seller_id, opened_at FROM store WHERE opened_at IS NOT NULL;

-- The opening the grade's grace period started at; NULL when it started at the first order.
ALTER TABLE merchant_grade ADD COLUMN store_opened_at TIMESTAMP WITH TIME ZONE;

-- A level change told to the merchant: one row per merchant-month, written in the transaction that sends it,
-- so a mailing killed midway resumes after the merchants told and tells each one once.
CREATE TABLE grade_change_mail
(
  merchant_id UUID                     NOT NULL,
  month       DATE                     NOT NULL,
  run_id      UUID                     NOT NULL,
  sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (merchant_id, month)
);

-- The mailing pages through a month's level changes in merchant order.
CREATE INDEX merchant_grade_level_changed ON merchant_grade (month, merchant_id) WHERE level <> previous_level;
