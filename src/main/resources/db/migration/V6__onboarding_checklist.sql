-- The onboarding checklist read model: what the onboarding module heard of each requirement of
-- each seller. Requirements it heard nothing of are computed (DUE or BLOCKED).
CREATE TABLE onboarding_requirement
(
  seller_id            UUID                     NOT NULL,
  requirement          TEXT                     NOT NULL CHECK (requirement IN ('ACCOUNT', 'IDENTITY', 'APPLICATION',
                                                  'FEES', 'EXAM', 'STORE_PROFILE', 'COLLECTION_ACCOUNT', 'PRODUCTS')),
  state                TEXT                     NOT NULL CHECK (state IN ('DONE', 'DUE', 'IN_REVIEW', 'REJECTED')),
  due_by               TIMESTAMP WITH TIME ZONE,
  expected_decision_by TIMESTAMP WITH TIME ZONE,
  reasons              JSONB                    NOT NULL DEFAULT '[]',
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (seller_id, requirement)
);
