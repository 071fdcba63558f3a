package io.kaidian.grading;

import java.time.YearMonth;
import java.util.UUID;

/**
 * A monthly run moved a merchant to another level (R-GRADE-2).
 *
 * @param sellerId the merchant's seller account
 * @param memberId its member ID
 * @param month the month graded
 * @param previousLevel the level before, 0 for a merchant never graded
 * @param level the new level, 0..10
 * @param serviceLevel the month's service level
 */
public record MerchantGraded(UUID sellerId, String memberId, YearMonth month, int previousLevel, int level,
		ServiceLevel serviceLevel) {
}
