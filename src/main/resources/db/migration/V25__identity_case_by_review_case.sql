-- The reviewer's "show full number" finds the identity attempt a review case decides (ADR 0030)
CREATE INDEX identity_case_review_case ON identity_case (review_case_id);
