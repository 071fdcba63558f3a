-- The working-day calendar review deadlines are counted on (R-ID-5, R-APP-5, R-APP-6): only the
-- exceptions to the normal week (Monday to Friday working, Saturday and Sunday off) are stored.
--   HOLIDAY      a Monday-to-Friday day off (a public holiday or its compensatory day off)
--   WORKING_DAY  a Saturday or Sunday worked to make up for a holiday (调休 上班)
-- Weekend days inside a holiday period are not stored: they are off anyway. Operators maintain the
-- table through /api/v1/admin/calendar (io.kaidian.review.web.CalendarApi); docs/guide/review-calendar.md.
CREATE TABLE calendar_day
(
  day         DATE                     NOT NULL PRIMARY KEY,
  kind        TEXT                     NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKING_DAY')),
  name_en     TEXT                     NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 100),
  name_zh     TEXT                     NOT NULL CHECK (char_length(name_zh) BETWEEN 1 AND 100),
  -- true for a day seeded ahead of the State Council's notice for its year: to be confirmed (or
  -- corrected) by an operator when the notice is published; an operator's edit clears it
  provisional BOOLEAN                  NOT NULL DEFAULT FALSE,
  -- the operator who last set the day; null for the days seeded here
  updated_by  UUID,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  -- a holiday is a weekday, a make-up working day a weekend day (ISO day of week: 6, 7 = Sat, Sun)
  CONSTRAINT calendar_day_kind_fits_weekday CHECK ((kind = 'HOLIDAY') = (extract(ISODOW FROM day) < 6))
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知, dated 2025-11-04, published by Xinhua on
-- 2025-11-04 (e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm):
--   元旦 1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。
--   春节 2月15日(腊月二十八、周日)至23日(正月初七、周一)放假调休,共9天。2月14日(周六)、2月28日(周六)上班。
--   清明节 4月4日(周六)至6日(周一)放假,共3天。
--   劳动节 5月1日(周五)至5日(周二)放假调休,共5天。5月9日(周六)上班。
--   端午节 6月19日(周五)至21日(周日)放假,共3天。
--   中秋节 9月25日(周五)至27日(周日)放假,共3天。
--   国庆节 10月1日(周四)至7日(周三)放假调休,共7天。9月20日(周日)、10月10日(周六)上班。
INSERT INTO calendar_day (day, kind, name_en, name_zh, updated_at)
VALUES ('2026-01-01', 'HOLIDAY', 'New Year''s Day', '元旦', now()),
       ('2026-01-02', 'HOLIDAY', 'New Year''s Day', '元旦', now()),
       ('2026-01-04', 'WORKING_DAY', 'New Year''s Day make-up working day', '元旦调休上班', now()),
       ('2026-02-14', 'WORKING_DAY', 'Spring Festival make-up working day', '春节调休上班', now()),
       ('2026-02-16', 'HOLIDAY', 'Spring Festival', '春节', now()),
       ('2026-02-17', 'HOLIDAY', 'Spring Festival', '春节', now()),
       ('2026-02-18', 'HOLIDAY', 'Spring Festival', '春节', now()),
       ('2026-02-19', 'HOLIDAY', 'Spring Festival', '春节', now()),
       ('2026-02-20', 'HOLIDAY', 'Spring Festival', '春节', now()),
       ('2026-02-23', 'HOLIDAY', 'Spring Festival', '春节', now()),
       ('2026-02-28', 'WORKING_DAY', 'Spring Festival make-up working day', '春节调休上班', now()),
       ('2026-04-06', 'HOLIDAY', 'Qingming Festival', '清明节', now()),
       ('2026-05-01', 'HOLIDAY', 'Labour Day', '劳动节', now()),
       ('2026-05-04', 'HOLIDAY', 'Labour Day', '劳动节', now()),
       ('2026-05-05', 'HOLIDAY', 'Labour Day', '劳动节', now()),
       ('2026-05-09', 'WORKING_DAY', 'Labour Day make-up working day', '劳动节调休上班', now()),
       ('2026-06-19', 'HOLIDAY', 'Dragon Boat Festival', '端午节', now()),
       ('2026-09-20', 'WORKING_DAY', 'National Day make-up working day', '国庆节调休上班', now()),
       ('2026-09-25', 'HOLIDAY', 'Mid-Autumn Festival', '中秋节', now()),
       ('2026-10-01', 'HOLIDAY', 'National Day', '国庆节', now()),
       ('2026-10-02', 'HOLIDAY', 'National Day', '国庆节', now()),
       ('2026-10-05', 'HOLIDAY', 'National Day', '国庆节', now()),
       ('2026-10-06', 'HOLIDAY', 'National Day', '国庆节', now()),
       ('2026-10-07', 'HOLIDAY', 'National Day', '国庆节', now()),
       ('2026-10-10', 'WORKING_DAY', 'National Day make-up working day', '国庆节调休上班', now());

-- 2027: PROVISIONAL. The State Council's notice for 2027 had not been found when this was written
-- (it is usually published in November of the year before). Seeded are only the days the law itself
-- fixes that fall on a Monday to Friday: 全国年节及纪念日放假办法 (revised 2024-11-10), art. 2 —
-- 元旦 1 Jan; 春节 除夕 and 正月初一至初三; 清明 the day of the solar term; 劳动节 1–2 May; 端午 五月初五;
-- 中秋 八月十五; 国庆 1–3 Oct. Lunar dates from the Chinese calendar tables (正月初一 = 2027-02-06,
-- so 除夕 = 02-05; 五月初五 = 06-09; 八月十五 = 09-15; 清明 = 04-05).
-- NOT seeded, because only the notice can say which days they are:
--   * the compensatory weekdays off art. 6 requires for statutory days on a weekend: 正月初一、初二
--     (Sat 6, Sun 7 Feb), 劳动节 (Sat 1, Sun 2 May), 国庆 2–3 Oct (Sat, Sun);
--   * the longer arrangements (the usual 8–9 day Spring Festival, 5-day Labour Day, 7-day National
--     Day) and every make-up working Saturday or Sunday (调休上班).
-- Until operators complete 2027 from the notice, 2027 deadlines around those holidays come out
-- earlier than they will be.
INSERT INTO calendar_day (day, kind, name_en, name_zh, provisional, updated_at)
VALUES ('2027-01-01', 'HOLIDAY', 'New Year''s Day', '元旦', TRUE, now()),
       ('2027-02-05', 'HOLIDAY', 'Spring Festival (New Year''s Eve)', '春节（除夕）', TRUE, now()),
       ('2027-02-08', 'HOLIDAY', 'Spring Festival', '春节', TRUE, now()),
       ('2027-04-05', 'HOLIDAY', 'Qingming Festival', '清明节', TRUE, now()),
       ('2027-06-09', 'HOLIDAY', 'Dragon Boat Festival', '端午节', TRUE, now()),
       ('2027-09-15', 'HOLIDAY', 'Mid-Autumn Festival', '中秋节', TRUE, now()),
       ('2027-10-01', 'HOLIDAY', 'National Day', '国庆节', TRUE, now());
