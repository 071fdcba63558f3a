-- The settlement application (R-APP-1…6; docs/adr/0013-settlement-application.md): one per account,
-- its items (each category, each brand) decided one by one, and the documents of each item.

CREATE TABLE settlement_application
(
  id                UUID                     NOT NULL PRIMARY KEY,
  seller_id         UUID                     NOT NULL,
  member_id         TEXT                     NOT NULL,
  -- 1, then 2 after the first rejection, …
  attempt           INT                      NOT NULL CHECK (attempt >= 1),
  status            TEXT                     NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED')),
  sales_plan        TEXT CHECK (sales_plan IN ('BASIC', 'STANDARD')),
  store_type        TEXT CHECK (store_type IN ('OFFICIAL', 'SPECIALTY', 'EXCLUSIVE', 'GENERAL')),
  business_scope    TEXT,
  no_brand          BOOLEAN                  NOT NULL DEFAULT FALSE,
  review_case_id    UUID,
  expected_decision TIMESTAMP WITH TIME ZONE,
  reasons           JSONB                    NOT NULL DEFAULT '[]',
  submitted_at      TIMESTAMP WITH TIME ZONE,
  decided_at        TIMESTAMP WITH TIME ZONE,
  approved_at       TIMESTAMP WITH TIME ZONE,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT                   NOT NULL DEFAULT 0,
  -- R-APP-1: one application per account; two racing first saves make one row
  CONSTRAINT settlement_application_one_per_account UNIQUE (seller_id)
);
CREATE UNIQUE INDEX settlement_application_review_case ON settlement_application (review_case_id)
  WHERE review_case_id IS NOT NULL;

-- The items: category:<code> and brand:<index>. An approved item is locked (PRODUCT.md §4.2);
-- decided holds the item (data and document ids) as the last decision saw it, for the reviewer's diff.
CREATE TABLE settlement_item
(
  application_id   UUID                     NOT NULL REFERENCES settlement_application (id),
  ref              TEXT                     NOT NULL CHECK (ref ~ '^(category:[a-z][a-z0-9-]{1,47}|brand:[0-9]{1,3})$'),
  type             TEXT                     NOT NULL CHECK (type IN ('CATEGORY', 'BRAND')),
  position         INT                      NOT NULL CHECK (position >= 0),
  status           TEXT                     NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED',
                                                                         'EXPIRED')),
  reasons          JSONB                    NOT NULL DEFAULT '[]',
  category_code    TEXT,
  brand_name       TEXT CHECK (length(brand_name) <= 100),
  trademark_number TEXT CHECK (trademark_number ~ '^G?[0-9]{1,9}$'),
  trademark_status TEXT CHECK (trademark_status IN ('REGISTERED', 'TM')),
  ownership        TEXT CHECK (ownership IN ('OWNED', 'AUTHORIZED')),
  trademark_class  INT CHECK (trademark_class BETWEEN 1 AND 45),
  trademark_owner  TEXT CHECK (length(trademark_owner) <= 200),
  decided          JSONB,
  -- PRODUCT.md §4.6: an approved TM-status mark lapses; the seller is reminded once before
  expires_at       TIMESTAMP WITH TIME ZONE,
  reminded_at      TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (application_id, ref),
  CHECK ((type = 'CATEGORY') = (category_code IS NOT NULL))
);
CREATE INDEX settlement_item_tm_expiry ON settlement_item (expires_at)
  WHERE status = 'APPROVED' AND expires_at IS NOT NULL;

-- The documents of each item; an approved item's documents are kept unchanged (carried over).
CREATE TABLE settlement_document
(
  application_id UUID                     NOT NULL,
  ref            TEXT                     NOT NULL,
  kind           TEXT                     NOT NULL CHECK (kind IN ('TRADEMARK_CERTIFICATE', 'AUTHORIZATION_LETTER',
                                                                     'CATEGORY_QUALIFICATION', 'PRODUCT_CHECKLIST')),
  document_id    UUID                     NOT NULL,
  status         TEXT                     NOT NULL CHECK (status IN ('UPLOADED', 'ACCEPTED', 'REJECTED')),
  carried        BOOLEAN                  NOT NULL DEFAULT FALSE,
  checks         JSONB                    NOT NULL DEFAULT '[]',
  uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (application_id, ref, kind),
  FOREIGN KEY (application_id, ref) REFERENCES settlement_item (application_id, ref) ON DELETE CASCADE
);
CREATE INDEX settlement_document_by_document ON settlement_document (document_id);
