-- A name or domain change of an open store goes to the review desk (R-STORE-1,
-- docs/adr/0032-store-change-pending-and-reserved.md): a queue of its own, reasons of its own,
-- and the pending change reserving the new name and domain until it is decided.
ALTER TABLE review_case DROP CONSTRAINT review_case_queue_check;
ALTER TABLE review_case ADD CONSTRAINT review_case_queue_check
  CHECK (queue IN ('IDENTITY', 'APPLICATION', 'STORE_CHANGE'));
ALTER TABLE reviewer_queue DROP CONSTRAINT reviewer_queue_queue_check;
ALTER TABLE reviewer_queue ADD CONSTRAINT reviewer_queue_queue_check
  CHECK (queue IN ('IDENTITY', 'APPLICATION', 'STORE_CHANGE'));

-- what the store was called when the change was asked, when a decision is expected, why it was refused
ALTER TABLE store_profile_change ADD COLUMN previous_name TEXT NOT NULL DEFAULT '';
ALTER TABLE store_profile_change ADD COLUMN previous_domain TEXT NOT NULL DEFAULT '';
ALTER TABLE store_profile_change ADD COLUMN due_by TIMESTAMP WITH TIME ZONE;
ALTER TABLE store_profile_change ADD COLUMN reasons JSONB NOT NULL DEFAULT '[]';
ALTER TABLE store_profile_change ALTER COLUMN previous_name DROP DEFAULT;
ALTER TABLE store_profile_change ALTER COLUMN previous_domain DROP DEFAULT;
CREATE INDEX store_profile_change_by_store ON store_profile_change (store_id, requested_at);
-- the reservation: no two pending changes ask for one name or one domain
CREATE UNIQUE INDEX store_profile_change_pending_name ON store_profile_change (name_key) WHERE status = 'PENDING';
CREATE UNIQUE INDEX store_profile_change_pending_domain ON store_profile_change (domain) WHERE status = 'PENDING';

-- reasons a reviewer refuses a store's new name or domain with (no rule numbers: sellers read them)
INSERT INTO review_reason (code, item_kinds, text_en, text_zh, how_to_fix_en, how_to_fix_zh) VALUES
('STORE_NAME_MISLEADING', ARRAY['STORE_NAME'],
 'The new name could make buyers think the store is another store, an official store or the marketplace itself.',
 '新名称可能让买家误以为是其他店铺、官方旗舰店或平台自营。',
 'Choose a name that describes your own store and does not borrow another store''s or the marketplace''s identity.',
 '请选择能体现您自己店铺的名称，不要借用其他店铺或平台的名义。'),
('STORE_NAME_NOT_COVERED', ARRAY['STORE_NAME'],
 'The new name names products or brands your approved business scope does not cover.',
 '新名称中包含您已获批经营范围之外的商品或品牌。',
 'Keep to the categories and brands approved for your store, or apply to extend your scope first.',
 '请只使用已获批的类目和品牌，或先申请扩大经营范围。'),
('STORE_NAME_IMPROPER', ARRAY['STORE_NAME'],
 'The new name contains wording that is not allowed for a store name.',
 '新名称中含有不允许用于店铺名称的内容。',
 'Remove exaggerated, vulgar or misleading wording and ask again.',
 '请删除夸大、低俗或误导性的内容后重新申请。'),
('STORE_DOMAIN_MISLEADING', ARRAY['STORE_DOMAIN'],
 'The new address could make buyers think the store is another store or the marketplace itself.',
 '新店铺地址可能让买家误以为是其他店铺或平台本身。',
 'Choose an address that belongs to your own store name.',
 '请选择与您自己店铺名称相符的地址。'),
('STORE_DOMAIN_IMPROPER', ARRAY['STORE_DOMAIN'],
 'The new address contains wording that is not allowed for a store address.',
 '新店铺地址中含有不允许使用的内容。',
 'Choose another address and ask again.',
 '请换一个地址后重新申请。'),
('STORE_CHANGE_TOO_FREQUENT', ARRAY['STORE_NAME', 'STORE_DOMAIN'],
 'The store changed its name or address too recently; buyers need time to know it.',
 '店铺近期刚更改过名称或地址，买家需要时间熟悉。',
 'Keep the current name and address for now and ask again later.',
 '请暂时保留现有名称和地址，稍后再申请。');
