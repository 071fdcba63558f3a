-- Settlement offers (R-APP-2, R-APP-3, R-APP-4, R-FEE-1): business scopes with their categories,
-- store types and fees, and the sales plans. Operator data: edited through /api/v1/admin/business-scopes/** and /api/v1/admin/sales-plans/** (docs/guide/offers.md).

CREATE TABLE business_scope
(
  code                TEXT          NOT NULL PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
  name_en             TEXT          NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80),
  name_zh             TEXT          NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 40),
  -- R-FEE-1: the annual technical service fee per sales plan and the deposit, in CNY
  annual_fee_basic    NUMERIC(12, 2) NOT NULL CHECK (annual_fee_basic >= 0),
  annual_fee_standard NUMERIC(12, 2) NOT NULL CHECK (annual_fee_standard >= 0),
  deposit             NUMERIC(12, 2) NOT NULL CHECK (deposit >= 0),
  store_types         TEXT[]        NOT NULL CHECK (cardinality(store_types) > 0 AND
                                                    store_types <@ ARRAY ['OFFICIAL', 'SPECIALTY', 'EXCLUSIVE', 'GENERAL']),
  position            INT           NOT NULL,
  active              BOOLEAN       NOT NULL DEFAULT TRUE,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE business_category
(
  code                       TEXT    NOT NULL PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,47}$'),
  scope_code                 TEXT    NOT NULL REFERENCES business_scope (code),
  name_en                    TEXT    NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80),
  name_zh                    TEXT    NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 40),
  requires_qualification     BOOLEAN NOT NULL,
  allows_no_brand            BOOLEAN NOT NULL,
  requires_product_checklist BOOLEAN NOT NULL,
  position                   INT     NOT NULL,
  active                     BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX business_category_by_scope ON business_category (scope_code, position);

CREATE TABLE sales_plan
(
  code                        TEXT    NOT NULL PRIMARY KEY CHECK (code IN ('BASIC', 'STANDARD')),
  name_en                     TEXT    NOT NULL,
  name_zh                     TEXT    NOT NULL,
  product_limit               INT     NOT NULL CHECK (product_limit > 0),
  -- R-APP-2: enterprises choose freely; an individual business only where this is true
  individual_business_allowed BOOLEAN NOT NULL,
  -- R-APP-2 (config): what an individual business on the basic plan must reach to upgrade
  upgrade_min_months_on_basic INT CHECK (upgrade_min_months_on_basic >= 0),
  upgrade_min_completed_orders INT CHECK (upgrade_min_completed_orders >= 0),
  upgrade_min_sales           NUMERIC(14, 2) CHECK (upgrade_min_sales >= 0),
  CHECK (individual_business_allowed OR upgrade_min_months_on_basic IS NOT NULL)
);

-- one counter moved by every change, so instances see a change made elsewhere
CREATE TABLE offers_version
(
  id      BOOLEAN NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (id),
  version BIGINT  NOT NULL
);
INSERT INTO offers_version (id, version) VALUES (TRUE, 1);

INSERT INTO sales_plan (code, name_en, name_zh, product_limit, individual_business_allowed,
                        upgrade_min_months_on_basic, upgrade_min_completed_orders, upgrade_min_sales) VALUES
  ('BASIC', 'Basic sales plan', '基础销售计划', 300, TRUE, NULL, NULL, NULL),
  ('STANDARD', 'Standard sales plan', '标准销售计划', 3000, FALSE, 3, 90, 30000.00);

INSERT INTO business_scope (code, name_en, name_zh, annual_fee_basic, annual_fee_standard, deposit, store_types, position) VALUES
  ('APPAREL', 'Apparel & Accessories', '服装服饰', 10000.00, 10000.00, 10000.00, ARRAY ['OFFICIAL', 'SPECIALTY', 'EXCLUSIVE', 'GENERAL'], 10),
  ('CONSUMER_ELECTRONICS', 'Consumer Electronics', '消费电子', 10000.00, 30000.00, 50000.00, ARRAY ['OFFICIAL', 'SPECIALTY', 'EXCLUSIVE'], 20),
  ('HOME_GARDEN', 'Home & Garden', '家居园艺', 10000.00, 10000.00, 10000.00, ARRAY ['OFFICIAL', 'SPECIALTY', 'EXCLUSIVE', 'GENERAL'], 30),
  ('BEAUTY_HEALTH', 'Beauty & Health', '美容健康', 10000.00, 10000.00, 20000.00, ARRAY ['OFFICIAL', 'SPECIALTY', 'EXCLUSIVE', 'GENERAL'], 40),
  ('TOYS', 'Toys & Hobbies', '玩具', 10000.00, 10000.00, 10000.00, ARRAY ['OFFICIAL', 'SPECIALTY', 'EXCLUSIVE', 'GENERAL'], 50),
  ('SPORTS', 'Sports & Outdoors', '运动户外', 10000.00, 10000.00, 10000.00, ARRAY ['OFFICIAL', 'SPECIALTY', 'EXCLUSIVE', 'GENERAL'], 60),
  ('AUTOMOTIVE', 'Automobiles & Motorcycles', '汽车摩托车', 10000.00, 10000.00, 10000.00, ARRAY ['OFFICIAL', 'SPECIALTY', 'EXCLUSIVE', 'GENERAL'], 70),
  ('JEWELRY', 'Jewellery & Watches', '珠宝手表', 10000.00, 30000.00, 30000.00, ARRAY ['OFFICIAL', 'SPECIALTY', 'EXCLUSIVE', 'GENERAL'], 80);

INSERT INTO business_category (code, scope_code, name_en, name_zh, requires_qualification, allows_no_brand, requires_product_checklist, position) VALUES
  ('womens-clothing', 'APPAREL', 'Women''s clothing', '女装', FALSE, TRUE, FALSE, 10),
  ('mens-clothing', 'APPAREL', 'Men''s clothing', '男装', FALSE, TRUE, FALSE, 20),
  ('underwear', 'APPAREL', 'Underwear & sleepwear', '内衣家居服', FALSE, FALSE, FALSE, 30),
  ('childrens-clothing', 'APPAREL', 'Children''s clothing', '童装', TRUE, FALSE, TRUE, 40),
  ('shoes', 'APPAREL', 'Shoes', '鞋', FALSE, TRUE, FALSE, 50),
  ('bags-luggage', 'APPAREL', 'Bags & luggage', '箱包', FALSE, TRUE, FALSE, 60),
  ('fashion-accessories', 'APPAREL', 'Fashion accessories', '服饰配件', FALSE, TRUE, FALSE, 70),

  ('mobile-phones', 'CONSUMER_ELECTRONICS', 'Mobile phones', '手机', TRUE, FALSE, TRUE, 10),
  ('phone-accessories', 'CONSUMER_ELECTRONICS', 'Phone accessories', '手机配件', FALSE, FALSE, FALSE, 20),
  ('computers', 'CONSUMER_ELECTRONICS', 'Computers & tablets', '电脑平板', TRUE, FALSE, FALSE, 30),
  ('audio-video', 'CONSUMER_ELECTRONICS', 'Audio & video', '影音电器', FALSE, FALSE, FALSE, 40),
  ('smart-wearables', 'CONSUMER_ELECTRONICS', 'Smart wearables', '智能穿戴', TRUE, FALSE, FALSE, 50),
  ('cameras', 'CONSUMER_ELECTRONICS', 'Cameras & photo', '相机摄影', FALSE, FALSE, FALSE, 60),
  ('power-banks', 'CONSUMER_ELECTRONICS', 'Power banks & batteries', '移动电源电池', TRUE, FALSE, TRUE, 70),

  ('furniture', 'HOME_GARDEN', 'Furniture', '家具', FALSE, TRUE, FALSE, 10),
  ('home-textiles', 'HOME_GARDEN', 'Home textiles', '家纺', FALSE, TRUE, FALSE, 20),
  ('kitchen-dining', 'HOME_GARDEN', 'Kitchen & dining', '厨房餐饮', TRUE, TRUE, FALSE, 30),
  ('home-decor', 'HOME_GARDEN', 'Home decor', '家居装饰', FALSE, TRUE, FALSE, 40),
  ('garden-supplies', 'HOME_GARDEN', 'Garden supplies', '园艺用品', FALSE, TRUE, FALSE, 50),
  ('lighting', 'HOME_GARDEN', 'Lighting', '灯具照明', TRUE, FALSE, FALSE, 60),

  ('skincare', 'BEAUTY_HEALTH', 'Skincare', '护肤', TRUE, FALSE, TRUE, 10),
  ('makeup', 'BEAUTY_HEALTH', 'Makeup', '彩妆', TRUE, FALSE, TRUE, 20),
  ('hair-care', 'BEAUTY_HEALTH', 'Hair care & wigs', '美发假发', FALSE, TRUE, FALSE, 30),
  ('nail-art', 'BEAUTY_HEALTH', 'Nail art & tools', '美甲工具', FALSE, TRUE, FALSE, 40),
  ('personal-care-appliances', 'BEAUTY_HEALTH', 'Personal care appliances', '个护电器', TRUE, FALSE, FALSE, 50),
  ('health-care', 'BEAUTY_HEALTH', 'Health care supplies', '保健用品', TRUE, FALSE, TRUE, 60),

  ('educational-toys', 'TOYS', 'Educational toys', '益智玩具', TRUE, FALSE, TRUE, 10),
  ('dolls-stuffed-toys', 'TOYS', 'Dolls & stuffed toys', '娃娃毛绒玩具', TRUE, FALSE, FALSE, 20),
  ('remote-control-toys', 'TOYS', 'Remote control toys', '遥控玩具', TRUE, FALSE, FALSE, 30),
  ('building-blocks', 'TOYS', 'Building blocks', '积木拼插', FALSE, FALSE, FALSE, 40),
  ('hobby-collectibles', 'TOYS', 'Hobbies & collectibles', '模型收藏', FALSE, TRUE, FALSE, 50),

  ('fitness', 'SPORTS', 'Fitness & body building', '健身器材', FALSE, TRUE, FALSE, 10),
  ('cycling', 'SPORTS', 'Cycling', '骑行', FALSE, TRUE, FALSE, 20),
  ('camping-hiking', 'SPORTS', 'Camping & hiking', '露营徒步', FALSE, TRUE, FALSE, 30),
  ('water-sports', 'SPORTS', 'Water sports', '水上运动', FALSE, TRUE, FALSE, 40),
  ('team-sports', 'SPORTS', 'Team sports', '球类运动', FALSE, TRUE, FALSE, 50),
  ('sportswear', 'SPORTS', 'Sportswear & sports shoes', '运动服饰鞋', FALSE, FALSE, FALSE, 60),

  ('car-electronics', 'AUTOMOTIVE', 'Car electronics', '汽车电子', TRUE, FALSE, FALSE, 10),
  ('interior-accessories', 'AUTOMOTIVE', 'Interior accessories', '内饰用品', FALSE, TRUE, FALSE, 20),
  ('exterior-accessories', 'AUTOMOTIVE', 'Exterior accessories', '外饰用品', FALSE, TRUE, FALSE, 30),
  ('motorcycle-parts', 'AUTOMOTIVE', 'Motorcycle parts', '摩托车配件', FALSE, FALSE, FALSE, 40),
  ('car-care-tools', 'AUTOMOTIVE', 'Car care & tools', '汽车养护工具', FALSE, TRUE, FALSE, 50),

  ('fine-jewelry', 'JEWELRY', 'Fine jewellery', '珠宝首饰', TRUE, FALSE, TRUE, 10),
  ('fashion-jewelry', 'JEWELRY', 'Fashion jewellery', '时尚饰品', FALSE, TRUE, FALSE, 20),
  ('watches', 'JEWELRY', 'Watches', '手表', FALSE, FALSE, FALSE, 30),
  ('hair-jewelry', 'JEWELRY', 'Hair jewellery', '发饰', FALSE, TRUE, FALSE, 40);
