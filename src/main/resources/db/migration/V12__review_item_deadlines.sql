-- Per-item deadlines and item-by-item decisions of review cases (R-APP-5, R-APP-6;
-- docs/adr/0012-item-deadlines-and-partial-decisions.md). An application case carries items
-- (category:<code>, brand:<index>); each has its own due time on the working-day calendar (a
-- brand 7 working days, the rest the case's 10) and is decided on its own, possibly some now and
-- the rest later. review_case.item_decisions stays filled: the items decided so far, in the
-- subject's order.
CREATE TABLE review_case_item
(
  case_id    UUID                     NOT NULL REFERENCES review_case (id),
  ref        TEXT                     NOT NULL,
  -- the item's place in the subject's list of items
  position   INT                      NOT NULL CHECK (position >= 0),
  due_by     TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome    TEXT CHECK (outcome IN ('APPROVED', 'REJECTED')),
  reasons    JSONB                    NOT NULL DEFAULT '[]',
  decided_by UUID,
  decided_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (case_id, ref),
  UNIQUE (case_id, position),
  CHECK ((outcome IS NULL) = (decided_at IS NULL))
);

-- The case's next deadline: the earliest due time among its undecided items, or its own due
-- time. The queue is listed and claimed by it, and a case escalates when it passes.
ALTER TABLE review_case ADD COLUMN next_due_by TIMESTAMP WITH TIME ZONE;
UPDATE review_case SET next_due_by = due_by;
ALTER TABLE review_case ALTER COLUMN next_due_by SET NOT NULL;
DROP INDEX review_case_open_by_due;
CREATE INDEX review_case_open_by_next_due ON review_case (queue, next_due_by, submitted_at) WHERE status = 'OPEN';

-- Cases opened before this migration: their items get the case's due time (the brand target was
-- not yet counted), and decided cases their recorded item outcomes.
INSERT INTO review_case_item (case_id, ref, position, due_by, outcome, reasons, decided_by, decided_at)
SELECT c.id, item.ref, (item.ordinality - 1)::INT, c.due_by, d.value ->> 'outcome',
       COALESCE(d.value -> 'reasons', '[]'::JSONB),
       CASE WHEN d.value IS NOT NULL THEN c.decided_by END,
       CASE WHEN d.value IS NOT NULL THEN c.decided_at END
FROM review_case c
CROSS JOIN LATERAL jsonb_array_elements_text(c.subject -> 'items') WITH ORDINALITY AS item(ref, ordinality)
LEFT JOIN LATERAL (SELECT x.value FROM jsonb_array_elements(c.item_decisions) x
                   WHERE x.value ->> 'ref' = item.ref LIMIT 1) d ON TRUE
ON CONFLICT DO NOTHING;
