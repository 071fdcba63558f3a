/**
 * Exam: the rules exam every seller passes after the fees and before the store (R-EXAM),
 * its versioned question bank and the attempts. It learns that fees are paid from
 * billing's {@code FeesPaid} and keeps its own eligibility.
 */
@ApplicationModule(allowedDependencies = { "platform", "account", "billing" })
@NullMarked
package io.kaidian.exam;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
