-- Store profile, payout account and opening (R-STORE-1, R-STORE-2, R-OPEN-1) and the
-- catalogue's products (docs/adr/0027-store-opening-and-catalog.md).

-- Sellers that passed the rules exam (R-EXAM), learnt from ExamPassed: the store profile
-- is due for them.
CREATE TABLE store_exam_pass
(
  seller_id UUID                     NOT NULL PRIMARY KEY,
  passed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE store
(
  id                 UUID                     NOT NULL PRIMARY KEY,
  seller_id          UUID                     NOT NULL UNIQUE,
  member_id          TEXT                     NOT NULL,
  name               TEXT                     NOT NULL,
  -- the name folded for uniqueness: NFKC (full width to half width), case folded, no spaces
  name_key           TEXT                     NOT NULL,
  domain             TEXT                     NOT NULL CHECK (domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$'),
  official           BOOLEAN                  NOT NULL,
  brand_official_url TEXT,
  brand_story        TEXT,
  logo_document_id   UUID,
  banner_document_id UUID,
  status             TEXT                     NOT NULL CHECK (status IN ('SETUP', 'OPEN', 'SUSPENDED', 'CLOSED')),
  -- as catalog last reported it, inside its publishing transaction
  published_products INT                      NOT NULL DEFAULT 0 CHECK (published_products >= 0),
  opened_at          TIMESTAMP WITH TIME ZONE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT                   NOT NULL,
  CONSTRAINT store_name_unique UNIQUE (name_key),
  CONSTRAINT store_domain_unique UNIQUE (domain)
);

-- An old domain of an open store answers with a redirect to the new one until expires_at.
CREATE TABLE store_domain_redirect
(
  domain     TEXT                     NOT NULL PRIMARY KEY,
  store_id   UUID                     NOT NULL REFERENCES store (id),
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A name or domain change of an open store waits for the review desk.
CREATE TABLE store_profile_change
(
  id             UUID                     NOT NULL PRIMARY KEY,
  store_id       UUID                     NOT NULL REFERENCES store (id),
  review_case_id UUID                     NOT NULL UNIQUE,
  name           TEXT                     NOT NULL,
  name_key       TEXT                     NOT NULL,
  domain         TEXT                     NOT NULL,
  status         TEXT                     NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_at     TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX store_profile_change_pending ON store_profile_change (store_id) WHERE status = 'PENDING';

-- The payout (collection) account: the number only as AEAD ciphertext, and its masked form.
CREATE TABLE store_payout_account
(
  seller_id         UUID                     NOT NULL PRIMARY KEY,
  type              TEXT                     NOT NULL CHECK (type IN ('ALIPAY', 'WORLD_FIRST', 'BANK')),
  account_name      TEXT                     NOT NULL,
  number_ciphertext BYTEA                    NOT NULL,
  number_masked     TEXT                     NOT NULL,
  bank_name         TEXT,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A change of the payout account after opening, waiting for the code sent to the phone.
CREATE TABLE store_payout_change
(
  id                UUID                     NOT NULL PRIMARY KEY,
  seller_id         UUID                     NOT NULL,
  type              TEXT                     NOT NULL,
  account_name      TEXT                     NOT NULL,
  number_ciphertext BYTEA                    NOT NULL,
  number_masked     TEXT                     NOT NULL,
  bank_name         TEXT,
  code_hash         BYTEA                    NOT NULL,
  failed_attempts   INT                      NOT NULL DEFAULT 0,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmed_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX store_payout_change_seller ON store_payout_change (seller_id, created_at);

CREATE TABLE catalog_product
(
  id             UUID                     NOT NULL PRIMARY KEY,
  seller_id      UUID                     NOT NULL,
  title          TEXT                     NOT NULL,
  category_code  TEXT                     NOT NULL,
  -- the approved brand's name, or NULL for an unbranded product
  brand          TEXT,
  price          NUMERIC(12, 2)           NOT NULL CHECK (price > 0),
  currency       TEXT                     NOT NULL CHECK (currency = 'CNY'),
  stock          INT                      NOT NULL CHECK (stock >= 0),
  status         TEXT                     NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
  -- why the marketplace unpublished it (a withdrawn category or brand), if it did
  withdrawn_reason TEXT,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX catalog_product_seller ON catalog_product (seller_id, status) WHERE deleted_at IS NULL;

CREATE TABLE catalog_product_image
(
  product_id  UUID NOT NULL REFERENCES catalog_product (id),
  position    INT  NOT NULL CHECK (position BETWEEN 0 AND 5),
  document_id UUID NOT NULL,
  PRIMARY KEY (product_id, position)
);
