-- One reviewer's claim → decide APPROVE cycle on the IDENTITY queue, in plain SQL: the statements
-- ReviewDesk.claim and ReviewDesk.decide write (ReviewCases.claimNext, ReviewCases.decide, AuditTrail.record),
-- in the same two transactions. Run by io.kaidian.bench.ReviewThroughput (docs/benchmarks.md):
--   pgbench -n -M prepared -c 16 -j 2 -T 30 -f claim_decide.sql -h localhost -p <port> -U postgres postgres
-- Each pgbench client is one reviewer, 0000…0001 to 0000…0010. Left out on purpose (the service does
-- them): the queue-assignment and conflict-of-interest reads, the reviewer_activity upsert and count,
-- re-reading the case (SELECT of all columns) after each statement, JSON, HTTP and the token lookup.

-- the claim: ReviewCases.claimNext with othersAvailable = true, and its CLAIMED history entry
BEGIN;
WITH next AS (SELECT c.id FROM review_case c WHERE c.queue = 'IDENTITY' AND c.status = 'OPEN'
    AND c.assignee IS NULL AND NOT EXISTS (SELECT 1 FROM review_conflict x
      WHERE x.staff_id = lpad(to_hex(:client_id::int + 1), 32, '0')::uuid AND x.member_id = c.member_id)
    AND (c.excluded_reviewer IS DISTINCT FROM lpad(to_hex(:client_id::int + 1), 32, '0')::uuid OR NOT TRUE)
    ORDER BY c.next_due_by, c.due_by, c.submitted_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED)
  UPDATE review_case SET assignee = lpad(to_hex(:client_id::int + 1), 32, '0')::uuid, version = version + 1
  FROM next WHERE review_case.id = next.id
  RETURNING review_case.id AS case_id, review_case.version AS case_version, review_case.member_id AS member_id
\gset
INSERT INTO audit_entry (id, member_id, subject, action, from_state, to_state, actor_id, actor_kind, reason, detail, at)
  VALUES (gen_random_uuid(), :member_id, 'review-case:' || :case_id, 'CLAIMED', 'UNASSIGNED', 'ASSIGNED',
    lpad(to_hex(:client_id::int + 1), 32, '0')::uuid, 'STAFF', NULL,
    jsonb_build_object('caseId', :case_id::text, 'queue', 'IDENTITY'), now());
COMMIT;

-- the decision: ReviewCases.decide (versioned; no row means a lost race, which aborts the client),
-- and its DECIDED history entry
BEGIN;
UPDATE review_case SET status = 'DECIDED', outcome = 'APPROVED',
    decided_by = lpad(to_hex(:client_id::int + 1), 32, '0')::uuid, decided_at = now(),
    reasons = CAST('[]' AS JSONB), item_decisions = CAST('[]' AS JSONB), version = version + 1
  WHERE id = :case_id AND version = :case_version AND status = 'OPEN'
    AND assignee = lpad(to_hex(:client_id::int + 1), 32, '0')::uuid
  RETURNING version AS decided_version
\gset
INSERT INTO audit_entry (id, member_id, subject, action, from_state, to_state, actor_id, actor_kind, reason, detail, at)
  VALUES (gen_random_uuid(), :member_id, 'review-case:' || :case_id, 'DECIDED', 'OPEN', 'APPROVED',
    lpad(to_hex(:client_id::int + 1), 32, '0')::uuid, 'STAFF', NULL,
    jsonb_build_object('reasons', CAST('[]' AS JSONB), 'items', CAST('[]' AS JSONB), 'caseId', :case_id::text,
      'queue', 'IDENTITY'), now());
COMMIT;
