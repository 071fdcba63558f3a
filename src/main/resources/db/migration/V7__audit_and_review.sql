-- Every recorded state change of a seller (PRODUCT.md §5): append-only.
CREATE TABLE audit_entry
(
  seq        BIGINT GENERATED ALWAYS AS IDENTITY,
  id         UUID                     NOT NULL PRIMARY KEY,
  member_id  TEXT                     NOT NULL,
  subject    TEXT                     NOT NULL,
  action     TEXT                     NOT NULL,
  from_state TEXT,
  to_state   TEXT,
  actor_id   UUID,
  actor_kind TEXT                     NOT NULL CHECK (actor_kind IN ('SELLER', 'STAFF', 'SYSTEM')),
  reason     TEXT,
  detail     JSONB                    NOT NULL DEFAULT '{}',
  at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_entry_by_member ON audit_entry (member_id, at, seq);
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

-- Review cases: one row per attempt; a resubmission is a new case pointing at the previous one.
CREATE TABLE review_case
(
  id                UUID                     NOT NULL PRIMARY KEY,
  queue             TEXT                     NOT NULL CHECK (queue IN ('IDENTITY', 'APPLICATION')),
  subject_ref       TEXT                     NOT NULL,
  seller_id         UUID                     NOT NULL,
  member_id         TEXT                     NOT NULL,
  attempt           INT                      NOT NULL CHECK (attempt >= 1),
  previous_case_id  UUID REFERENCES review_case (id),
  status            TEXT                     NOT NULL CHECK (status IN ('OPEN', 'DECIDED', 'WITHDRAWN')),
  outcome           TEXT CHECK (outcome IN ('APPROVED', 'REJECTED')),
  subject           JSONB                    NOT NULL,
  submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  due_by            TIMESTAMP WITH TIME ZONE NOT NULL,
  escalated_at      TIMESTAMP WITH TIME ZONE,
  assignee          UUID,
  assigned_at       TIMESTAMP WITH TIME ZONE,
  excluded_reviewer UUID,
  decided_by        UUID,
  decided_at        TIMESTAMP WITH TIME ZONE,
  reasons           JSONB                    NOT NULL DEFAULT '[]',
  item_decisions    JSONB                    NOT NULL DEFAULT '[]',
  version           BIGINT                   NOT NULL DEFAULT 0,
  CHECK ((status = 'DECIDED') = (outcome IS NOT NULL))
);
CREATE INDEX review_case_open_by_due ON review_case (queue, due_by, submitted_at) WHERE status = 'OPEN';
CREATE INDEX review_case_by_subject ON review_case (subject_ref);
CREATE INDEX review_case_by_member ON review_case (member_id);
-- one open case per subject at a time
CREATE UNIQUE INDEX review_case_one_open_per_subject ON review_case (queue, subject_ref) WHERE status = 'OPEN';

-- The operator-maintained catalogue of coded reasons (PRODUCT.md §4.1).
CREATE TABLE review_reason
(
  code          TEXT    NOT NULL PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{2,63}$'),
  item_kinds    TEXT[]  NOT NULL CHECK (cardinality(item_kinds) > 0),
  text_en       TEXT    NOT NULL,
  text_zh       TEXT    NOT NULL,
  how_to_fix_en TEXT    NOT NULL,
  how_to_fix_zh TEXT    NOT NULL,
  active        BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO review_reason (code, item_kinds, text_en, text_zh, how_to_fix_en, how_to_fix_zh) VALUES
('PHOTO_BLURRED', ARRAY['BUSINESS_LICENSE','BANK_ACCOUNT_LICENSE','ID_FRONT','ID_BACK','HOLDING_ID_PHOTO'],
 'The photo is blurred; the text cannot be read.', '照片模糊，无法看清文字。',
 'Take the photo again in good light, holding the camera steady, with the whole document sharp.', '请在光线充足处重新拍摄，保持手机稳定，确保整份证件清晰。'),
('CORNERS_CUT_OFF', ARRAY['BUSINESS_LICENSE','BANK_ACCOUNT_LICENSE','ID_FRONT','ID_BACK','HOLDING_ID_PHOTO'],
 'Not all four corners of the document are in the picture.', '证件四角未完整拍入画面。',
 'Photograph the whole document with a little margin on every side so all four corners show.', '请拍摄完整证件，四边留出少许空白，确保四个角都在画面内。'),
('GLARE_OR_REFLECTION', ARRAY['BUSINESS_LICENSE','BANK_ACCOUNT_LICENSE','ID_FRONT','ID_BACK','HOLDING_ID_PHOTO'],
 'Glare or a reflection hides part of the document.', '反光遮挡了证件的部分内容。',
 'Avoid direct light and flash; tilt the document slightly so nothing reflects.', '请避开直射光和闪光灯，稍微倾斜证件以避免反光。'),
('FACE_NOT_VISIBLE', ARRAY['HOLDING_ID_PHOTO'],
 'The face of the person holding the ID card is not clearly visible.', '手持证件照中本人面部不清晰。',
 'Face the camera without hat, mask or sunglasses, holding the card below your chin.', '请正对镜头，勿戴帽子、口罩或墨镜，将证件置于下巴下方。'),
('CARD_NOT_HELD', ARRAY['HOLDING_ID_PHOTO'],
 'The photo does not show the person holding the ID card.', '照片未显示本人手持身份证。',
 'Hold the ID card in your hand next to your face and take the photo again.', '请手持身份证置于面部旁边重新拍摄。'),
('NAME_MISMATCH', ARRAY['BUSINESS_LICENSE','BANK_ACCOUNT_LICENSE','ID_FRONT','DATA'],
 'The name on the document does not match the name entered.', '证件上的姓名/名称与填写的不一致。',
 'Correct the name so it is exactly as printed on the document, or upload the right document.', '请按证件上的内容准确填写姓名/名称，或上传正确的证件。'),
('NUMBER_MISMATCH', ARRAY['BUSINESS_LICENSE','ID_FRONT','DATA'],
 'The ID number or credit code on the document does not match the one entered.', '证件上的证件号码或统一社会信用代码与填写的不一致。',
 'Enter the number exactly as printed on the document.', '请按证件上的号码准确填写。'),
('DOCUMENT_EXPIRED', ARRAY['BUSINESS_LICENSE','BANK_ACCOUNT_LICENSE','ID_FRONT','ID_BACK','CATEGORY','BRAND'],
 'The document has expired.', '证件已过期。',
 'Renew the document and upload the current one.', '请办理新证件后上传有效证件。'),
('DOCUMENT_ALTERED', ARRAY['BUSINESS_LICENSE','BANK_ACCOUNT_LICENSE','ID_FRONT','ID_BACK','HOLDING_ID_PHOTO','CATEGORY','BRAND'],
 'The document appears to have been altered or edited.', '证件疑似经过修改或编辑。',
 'Upload an unedited photo or scan of the original document.', '请上传未经编辑的原件照片或扫描件。'),
('WRONG_DOCUMENT', ARRAY['BUSINESS_LICENSE','BANK_ACCOUNT_LICENSE','ID_FRONT','ID_BACK','HOLDING_ID_PHOTO','CATEGORY','BRAND'],
 'This is not the document asked for here.', '上传的不是此处要求的证件。',
 'Check which document is asked for and upload that one.', '请确认此处要求的证件类型后重新上传。'),
('ID_BACK_MISSING_VALIDITY', ARRAY['ID_BACK'],
 'The validity period on the back of the ID card cannot be read.', '身份证背面的有效期限无法辨认。',
 'Photograph the back of the card again so the issuing authority and validity period are readable.', '请重新拍摄身份证背面，确保签发机关和有效期限清晰可辨。'),
('QUALIFICATION_MISSING', ARRAY['CATEGORY'],
 'The qualification document this category requires is missing or does not cover it.', '缺少该类目要求的资质文件，或资质范围不含该类目。',
 'Upload a valid qualification whose scope covers this category.', '请上传经营范围涵盖该类目的有效资质文件。'),
('TRADEMARK_NOT_VERIFIABLE', ARRAY['BRAND'],
 'The trademark registration cannot be verified from the certificate.', '无法根据商标证书核实商标注册信息。',
 'Upload the full trademark certificate (or the acceptance notice for TM) showing number, class and owner.', '请上传完整的商标注册证（TM 标上传受理通知书），显示注册号、类别和权利人。'),
('AUTHORIZATION_CHAIN_INCOMPLETE', ARRAY['BRAND'],
 'The authorisation does not lead back to the trademark owner.', '授权链条不完整，无法追溯到商标权利人。',
 'Upload every authorisation letter from the owner down to you, each signed and valid.', '请上传从权利人到您的每一级授权书，均须签章且在有效期内。'),
('INFORMATION_FALSE', ARRAY['BUSINESS_LICENSE','BANK_ACCOUNT_LICENSE','ID_FRONT','ID_BACK','HOLDING_ID_PHOTO','DATA','CATEGORY','BRAND'],
 'The information given is false (R-ID-9).', '提交的信息不实（R-ID-9）。',
 'Contact the marketplace; false information is grounds for closing the account.', '请联系平台；提交虚假信息可导致账号被关闭。');

-- The operator's assignment of reviewers to queues: a reviewer with rows works only those queues.
CREATE TABLE reviewer_queue
(
  staff_id UUID NOT NULL,
  queue    TEXT NOT NULL CHECK (queue IN ('IDENTITY', 'APPLICATION')),
  PRIMARY KEY (staff_id, queue)
);

-- Conflicts of interest: a member of staff never decides a case of a seller linked to them.
CREATE TABLE review_conflict
(
  staff_id   UUID                     NOT NULL,
  member_id  TEXT                     NOT NULL,
  note       TEXT,
  created_by UUID                     NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (staff_id, member_id)
);

-- When each reviewer last worked a queue: tells whether another reviewer is available.
CREATE TABLE reviewer_activity
(
  staff_id     UUID                     NOT NULL,
  queue        TEXT                     NOT NULL,
  last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (staff_id, queue)
);

-- the checklist marks a review past its due time as late (PRODUCT.md §4.3)
ALTER TABLE onboarding_requirement ADD COLUMN late BOOLEAN NOT NULL DEFAULT FALSE;
