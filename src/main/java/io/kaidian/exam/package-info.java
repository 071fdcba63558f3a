/**
 * Exam: the rules exam every seller passes after the fees and before the store (R-EXAM),
 * its versioned question bank and the attempts.
 */
@ApplicationModule(allowedDependencies = { "platform", "account" })
@NullMarked
package io.kaidian.exam;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
