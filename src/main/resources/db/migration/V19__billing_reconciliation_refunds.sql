-- Reconciliation, refunds, waivers and adjustments (R-FEE-2; docs/adr/0024-reconciliation-and-refunds.md).
-- Like V17's tables, the new money tables are append-only.

-- Where a gateway's word came from: the notification it sent, or its answer to our query
-- (reconciliation) or to our refund request. All are kept raw for the notification retention.
ALTER TABLE billing_notification
  ADD COLUMN source TEXT NOT NULL DEFAULT 'NOTIFICATION' CHECK (source IN ('NOTIFICATION', 'QUERY', 'REFUND'));
CREATE INDEX billing_payment_created ON billing_payment (created_at);

-- An operator's change of what an invoice asks for, appended: the latest row's amount is due.
-- A waiver is an adjustment to zero that settles the invoice (and counts for FeesPaid).
CREATE TABLE billing_invoice_adjustment
(
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id UUID                     NOT NULL REFERENCES billing_invoice (id),
  kind       TEXT                     NOT NULL CHECK (kind IN ('ADJUSTED', 'WAIVED')),
  amount     NUMERIC(12, 2)           NOT NULL CHECK (amount >= 0),
  reason     TEXT                     NOT NULL,
  actor_id   UUID                     NOT NULL,
  at         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT billing_invoice_adjustment_waiver_is_zero CHECK (kind <> 'WAIVED' OR amount = 0),
  CONSTRAINT billing_invoice_adjustment_positive CHECK (kind <> 'ADJUSTED' OR amount > 0)
);
CREATE INDEX billing_invoice_adjustment_invoice ON billing_invoice_adjustment (invoice_id, id);
CREATE UNIQUE INDEX billing_invoice_waived_once ON billing_invoice_adjustment (invoice_id) WHERE kind = 'WAIVED';

-- A refund of (part of) the payment that paid an invoice. Its id is the gateway's out_request_no:
-- sent again after a lost answer, the gateway refunds it once.
CREATE TABLE billing_refund
(
  id           UUID                     NOT NULL PRIMARY KEY,
  invoice_id   UUID                     NOT NULL REFERENCES billing_invoice (id),
  payment_id   UUID                     NOT NULL REFERENCES billing_payment (id),
  amount       NUMERIC(12, 2)           NOT NULL CHECK (amount > 0),
  currency     TEXT                     NOT NULL,
  reason       TEXT                     NOT NULL,
  requested_by UUID                     NOT NULL,
  requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX billing_refund_invoice ON billing_refund (invoice_id);

-- Every state of every refund, appended.
CREATE TABLE billing_refund_event
(
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  refund_id       UUID                     NOT NULL REFERENCES billing_refund (id),
  status          TEXT                     NOT NULL CHECK (status IN ('REQUESTED', 'REFUNDED', 'FAILED')),
  actor           TEXT                     NOT NULL,
  at              TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the gateway's code when it refused the refund
  reason          TEXT,
  -- the gateway's answer, raw (billing_notification, source REFUND)
  notification_id BIGINT
);
CREATE INDEX billing_refund_event_refund ON billing_refund_event (refund_id, id);
CREATE UNIQUE INDEX billing_refund_event_requested_once ON billing_refund_event (refund_id) WHERE status = 'REQUESTED';
-- a refund ends once, however often its answer is received
CREATE UNIQUE INDEX billing_refund_event_ends_once ON billing_refund_event (refund_id)
  WHERE status IN ('REFUNDED', 'FAILED');

CREATE TRIGGER billing_invoice_adjustment_append_only
  BEFORE UPDATE OR DELETE ON billing_invoice_adjustment FOR EACH ROW EXECUTE FUNCTION billing_append_only();
CREATE TRIGGER billing_refund_append_only
  BEFORE UPDATE OR DELETE ON billing_refund FOR EACH ROW EXECUTE FUNCTION billing_append_only();
CREATE TRIGGER billing_refund_event_append_only
  BEFORE UPDATE OR DELETE ON billing_refund_event FOR EACH ROW EXECUTE FUNCTION billing_append_only();
