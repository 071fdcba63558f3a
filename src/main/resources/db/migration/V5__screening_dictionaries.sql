-- R-REG-5: the dictionaries screening matches emails and store names against. Operators edit them
-- through /api/v1/admin/screening/terms; this is only the starting point.
CREATE TABLE screening_term
(
  id              UUID                     NOT NULL PRIMARY KEY,
  -- as the operator wrote it, shown to sellers in a hit
  term            TEXT                     NOT NULL,
  -- what texts are matched against: lower case, look-alikes and traditional characters folded,
  -- separators removed (io.kaidian.screening.TextNormaliser); one term per form and list
  term_normalized TEXT                     NOT NULL CHECK (char_length(term_normalized) >= 2),
  list            TEXT                     NOT NULL CHECK (list IN ('PROHIBITED', 'PROTECTED_BRAND')),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the operator who added it; null for the terms below
  created_by      UUID,
  CONSTRAINT screening_term_unique UNIQUE (term_normalized, list)
);

-- Moved on in the same transaction as every change to screening_term: each instance compares it
-- with the version it loaded at most every kaidian.screening.refresh-interval and re-reads the terms
-- when it moved.
CREATE TABLE screening_dictionary_version
(
  id         SMALLINT                 NOT NULL PRIMARY KEY CHECK (id = 1),
  version    BIGINT                   NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO screening_dictionary_version (id, version, changed_at) VALUES (1, 1, now());

-- Prohibited: counterfeits, drugs, weapons, gambling, pornography, illegal services; and terms that
-- disrupt the marketplace's order: impersonating the platform or its support staff, claiming
-- state endorsement ("special supply", "national level", banned in advertising). Store-type words
-- such as 官方旗舰 are not here: official stores may use them (R-APP-3); the store module checks
-- them against the store type.
INSERT INTO screening_term (id, term, term_normalized, list, created_at)
SELECT gen_random_uuid(), term, term_normalized, list, now()
FROM (VALUES
  ('counterfeit', 'counterfeit', 'PROHIBITED'),
  ('replica', 'replica', 'PROHIBITED'),
  ('knockoff', 'knockoff', 'PROHIBITED'),
  ('bootleg', 'bootleg', 'PROHIBITED'),
  ('cocaine', 'cocaine', 'PROHIBITED'),
  ('heroin', 'heroin', 'PROHIBITED'),
  ('methamphetamine', 'methamphetamine', 'PROHIBITED'),
  ('fentanyl', 'fentanyl', 'PROHIBITED'),
  ('cannabis', 'cannabis', 'PROHIBITED'),
  ('marijuana', 'marijuana', 'PROHIBITED'),
  ('firearms', 'firearms', 'PROHIBITED'),
  ('handgun', 'handgun', 'PROHIBITED'),
  ('ammunition', 'ammunition', 'PROHIBITED'),
  ('explosives', 'explosives', 'PROHIBITED'),
  ('casino', 'casino', 'PROHIBITED'),
  ('gambling', 'gambling', 'PROHIBITED'),
  ('porn', 'porn', 'PROHIBITED'),
  ('Kaidian', 'kaidian', 'PROHIBITED'),
  ('仿冒', '仿冒', 'PROHIBITED'),
  ('高仿', '高仿', 'PROHIBITED'),
  ('精仿', '精仿', 'PROHIBITED'),
  ('假货', '假货', 'PROHIBITED'),
  ('A货', 'a货', 'PROHIBITED'),
  ('山寨', '山寨', 'PROHIBITED'),
  ('原单', '原单', 'PROHIBITED'),
  ('毒品', '毒品', 'PROHIBITED'),
  ('冰毒', '冰毒', 'PROHIBITED'),
  ('海洛因', '海洛因', 'PROHIBITED'),
  ('摇头丸', '摇头丸', 'PROHIBITED'),
  ('枪支', '枪支', 'PROHIBITED'),
  ('仿真枪', '仿真枪', 'PROHIBITED'),
  ('弹药', '弹药', 'PROHIBITED'),
  ('炸药', '炸药', 'PROHIBITED'),
  ('管制刀具', '管制刀具', 'PROHIBITED'),
  ('赌博', '赌博', 'PROHIBITED'),
  ('赌场', '赌场', 'PROHIBITED'),
  ('博彩', '博彩', 'PROHIBITED'),
  ('色情', '色情', 'PROHIBITED'),
  ('淫秽', '淫秽', 'PROHIBITED'),
  ('代开发票', '代开发票', 'PROHIBITED'),
  ('假证', '假证', 'PROHIBITED'),
  ('窃听器', '窃听器', 'PROHIBITED'),
  ('迷药', '迷药', 'PROHIBITED'),
  ('官方客服', '官方客服', 'PROHIBITED'),
  ('平台客服', '平台客服', 'PROHIBITED'),
  ('特供', '特供', 'PROHIBITED'),
  ('国家级', '国家级', 'PROHIBITED')
) AS seed (term, term_normalized, list);

-- Protected brands: well-known marks, in their Latin and Chinese names, that sellers may only use with
-- the owner's authorisation (R-APP-5). Ordinary words that are also brands (苹果, 三星, 联想, 乐高,
-- Coach, Guess) are left out: as substrings or words they would catch far too many honest names.
INSERT INTO screening_term (id, term, term_normalized, list, created_at)
SELECT gen_random_uuid(), term, term_normalized, list, now()
FROM (VALUES
  ('Nike', 'nike', 'PROTECTED_BRAND'),
  ('耐克', '耐克', 'PROTECTED_BRAND'),
  ('adidas', 'adidas', 'PROTECTED_BRAND'),
  ('阿迪达斯', '阿迪达斯', 'PROTECTED_BRAND'),
  ('Apple', 'apple', 'PROTECTED_BRAND'),
  ('Huawei', 'huawei', 'PROTECTED_BRAND'),
  ('华为', '华为', 'PROTECTED_BRAND'),
  ('Xiaomi', 'xiaomi', 'PROTECTED_BRAND'),
  ('小米', '小米', 'PROTECTED_BRAND'),
  ('Gucci', 'gucci', 'PROTECTED_BRAND'),
  ('古驰', '古驰', 'PROTECTED_BRAND'),
  ('Louis Vuitton', 'louisvuitton', 'PROTECTED_BRAND'),
  ('路易威登', '路易威登', 'PROTECTED_BRAND'),
  ('Chanel', 'chanel', 'PROTECTED_BRAND'),
  ('香奈儿', '香奈儿', 'PROTECTED_BRAND'),
  ('Prada', 'prada', 'PROTECTED_BRAND'),
  ('普拉达', '普拉达', 'PROTECTED_BRAND'),
  ('Hermès', 'hermes', 'PROTECTED_BRAND'),
  ('爱马仕', '爱马仕', 'PROTECTED_BRAND'),
  ('Rolex', 'rolex', 'PROTECTED_BRAND'),
  ('劳力士', '劳力士', 'PROTECTED_BRAND'),
  ('Dior', 'dior', 'PROTECTED_BRAND'),
  ('迪奥', '迪奥', 'PROTECTED_BRAND'),
  ('Burberry', 'burberry', 'PROTECTED_BRAND'),
  ('博柏利', '博柏利', 'PROTECTED_BRAND'),
  ('Cartier', 'cartier', 'PROTECTED_BRAND'),
  ('卡地亚', '卡地亚', 'PROTECTED_BRAND'),
  ('Versace', 'versace', 'PROTECTED_BRAND'),
  ('范思哲', '范思哲', 'PROTECTED_BRAND'),
  ('Balenciaga', 'balenciaga', 'PROTECTED_BRAND'),
  ('巴黎世家', '巴黎世家', 'PROTECTED_BRAND'),
  ('Samsung', 'samsung', 'PROTECTED_BRAND'),
  ('Sony', 'sony', 'PROTECTED_BRAND'),
  ('索尼', '索尼', 'PROTECTED_BRAND'),
  ('Lenovo', 'lenovo', 'PROTECTED_BRAND'),
  ('Starbucks', 'starbucks', 'PROTECTED_BRAND'),
  ('星巴克', '星巴克', 'PROTECTED_BRAND'),
  ('LEGO', 'lego', 'PROTECTED_BRAND'),
  ('Nintendo', 'nintendo', 'PROTECTED_BRAND'),
  ('任天堂', '任天堂', 'PROTECTED_BRAND'),
  ('Disney', 'disney', 'PROTECTED_BRAND'),
  ('迪士尼', '迪士尼', 'PROTECTED_BRAND'),
  ('Coca-Cola', 'cocacola', 'PROTECTED_BRAND'),
  ('可口可乐', '可口可乐', 'PROTECTED_BRAND'),
  ('Moutai', 'moutai', 'PROTECTED_BRAND'),
  ('茅台', '茅台', 'PROTECTED_BRAND'),
  ('五粮液', '五粮液', 'PROTECTED_BRAND')
) AS seed (term, term_normalized, list);
