-- R-ID-6: when a subject binds an account, the reviewers of its other cases in review are warned;
-- those cases are found by the subject's look-up key.
CREATE INDEX identity_case_in_review_by_subject ON identity_case (subject_type, subject_key_mac)
  WHERE status = 'IN_REVIEW';

-- The last error of each event publication whose listener failed: Spring Modulith's registry
-- (event_publication, V1) keeps only that it failed. Rows of completed publications are harmless.
CREATE TABLE event_publication_failure
(
  publication_id UUID                     NOT NULL PRIMARY KEY,
  listener_id    TEXT                     NOT NULL,
  error          TEXT                     NOT NULL,
  failed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  failures       INT                      NOT NULL
);
