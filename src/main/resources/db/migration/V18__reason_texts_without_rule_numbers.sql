-- Sellers read the reason texts of the review catalogue in emails and on pages: rule numbers
-- (R-ID-9) and specification references (PRODUCT.md §4.6) belong in tests, logs and docs, not
-- there. The seeded texts that carried them (V7, and the catalogue entries identity and
-- settlement register at start-up, kept as first written) lose them; an operator's own wording
-- is kept except for the reference itself.
UPDATE review_reason
SET text_en       = regexp_replace(text_en, '\s*\((R-[A-Z]+-[0-9]+(, ?)?)+\)|\s*\(PRODUCT\.md §[0-9.]+\)', '', 'g'),
    text_zh       = regexp_replace(text_zh, '（(R-[A-Z]+-[0-9]+(、)?)+）|（PRODUCT\.md §[0-9.]+）', '', 'g'),
    how_to_fix_en = regexp_replace(how_to_fix_en, '\s*\((R-[A-Z]+-[0-9]+(, ?)?)+\)|\s*\(PRODUCT\.md §[0-9.]+\)', '', 'g'),
    how_to_fix_zh = regexp_replace(how_to_fix_zh, '（(R-[A-Z]+-[0-9]+(、)?)+）|（PRODUCT\.md §[0-9.]+）', '', 'g')
WHERE text_en ~ 'R-[A-Z]+-[0-9]|PRODUCT\.md' OR text_zh ~ 'R-[A-Z]+-[0-9]|PRODUCT\.md'
   OR how_to_fix_en ~ 'R-[A-Z]+-[0-9]|PRODUCT\.md' OR how_to_fix_zh ~ 'R-[A-Z]+-[0-9]|PRODUCT\.md';
