-- Fees and payments (R-FEE-1, R-FEE-2; docs/adr/0023-payment-gateway.md). Money tables are
-- append-only: an invoice never changes once issued, a payment's state changes are rows of
-- billing_payment_event, and every notification a gateway sends is kept as it came.

CREATE TABLE billing_invoice
(
  id             UUID                     NOT NULL PRIMARY KEY,
  seller_id      UUID                     NOT NULL,
  member_id      TEXT                     NOT NULL,
  application_id UUID                     NOT NULL,
  kind           TEXT                     NOT NULL CHECK (kind IN ('ANNUAL_FEE', 'DEPOSIT')),
  -- what the fee was for, as the offer stood at approval (never re-read)
  business_scope TEXT                     NOT NULL,
  sales_plan     TEXT                     NOT NULL,
  amount         NUMERIC(12, 2)           NOT NULL CHECK (amount >= 0),
  currency       TEXT                     NOT NULL CHECK (currency = 'CNY'),
  issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the approval event delivered twice issues each fee once
  CONSTRAINT billing_invoice_once UNIQUE (application_id, kind)
);
CREATE INDEX billing_invoice_seller ON billing_invoice (seller_id);

-- One attempt to pay an invoice through one gateway; out_trade_no is its id.
CREATE TABLE billing_payment
(
  id         UUID                     NOT NULL PRIMARY KEY,
  invoice_id UUID                     NOT NULL REFERENCES billing_invoice (id),
  -- 1, 2, … per invoice: two racing requests for the same attempt make one payment
  attempt    INT                      NOT NULL CHECK (attempt >= 1),
  provider   TEXT                     NOT NULL,
  amount     NUMERIC(12, 2)           NOT NULL CHECK (amount >= 0),
  currency   TEXT                     NOT NULL,
  created_by UUID                     NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT billing_payment_attempt UNIQUE (invoice_id, attempt)
);

-- Every state of every payment, appended: who, when, what the gateway said.
CREATE TABLE billing_payment_event
(
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  payment_id      UUID                     NOT NULL REFERENCES billing_payment (id),
  invoice_id      UUID                     NOT NULL REFERENCES billing_invoice (id),
  status          TEXT                     NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED', 'ABANDONED')),
  actor           TEXT                     NOT NULL,
  at              TIMESTAMP WITH TIME ZONE NOT NULL,
  gateway_trade_no TEXT,
  -- the notification that moved it (its raw parameters are there), none for the seller's own steps
  notification_id BIGINT
);
CREATE INDEX billing_payment_event_payment ON billing_payment_event (payment_id, id);
-- R-FEE-2: an invoice is paid once, however often and in whatever order the gateway tells us
CREATE UNIQUE INDEX billing_payment_event_paid_once ON billing_payment_event (invoice_id) WHERE status = 'PAID';
-- a payment ends once (paid or failed); a replayed notification inserts nothing
CREATE UNIQUE INDEX billing_payment_event_ends_once ON billing_payment_event (payment_id)
  WHERE status IN ('PAID', 'FAILED');
CREATE UNIQUE INDEX billing_payment_event_starts_once ON billing_payment_event (payment_id)
  WHERE status = 'PENDING';

-- Every notification received, verified or not, with the outcome (kept for
-- kaidian.billing.notification-retention).
CREATE TABLE billing_notification
(
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider    TEXT                     NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  payment_id  UUID,
  outcome     TEXT                     NOT NULL CHECK (outcome IN ('APPLIED', 'UNCHANGED', 'REFUSED')),
  reason      TEXT,
  raw         JSONB                    NOT NULL
);
CREATE INDEX billing_notification_refused ON billing_notification (received_at) WHERE outcome = 'REFUSED';

-- Invoices, payments and their events are never changed or removed in place.
CREATE FUNCTION billing_append_only() RETURNS TRIGGER AS
$$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER billing_invoice_append_only
  BEFORE UPDATE OR DELETE ON billing_invoice FOR EACH ROW EXECUTE FUNCTION billing_append_only();
CREATE TRIGGER billing_payment_append_only
  BEFORE UPDATE OR DELETE ON billing_payment FOR EACH ROW EXECUTE FUNCTION billing_append_only();
CREATE TRIGGER billing_payment_event_append_only
  BEFORE UPDATE OR DELETE ON billing_payment_event FOR EACH ROW EXECUTE FUNCTION billing_append_only();
