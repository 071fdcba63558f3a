package io.kaidian.exam;

import java.time.Instant;
import java.util.UUID;

/**
 * A seller passed the rules exam (R-EXAM): the store profile is next (R-STORE-1).
 *
 * @param sellerId the account
 * @param attemptId the attempt that passed
 * @param score the attempt's score in percent
 * @param passedAt when the answers were accepted
 */
public record ExamPassed(UUID sellerId, UUID attemptId, int score, Instant passedAt) {

}
