/**
 * Grading: order facts from the marketplace, credit points, the eleven merchant levels,
 * the monthly service evaluation and the exposure weights it publishes (R-GRADE-1..6).
 * Its public face is {@link io.kaidian.grading.Grades} and the
 * {@link io.kaidian.grading.MonthGraded} event (one per run); it tells the storefront
 * each store's rating through store's {@code StoreRatings} port and listens to store's
 * {@code StoreOpened} (the grace period starts at the opening).
 */
@ApplicationModule(allowedDependencies = { "platform", "account", "store", "store :: events" })
@NullMarked
package io.kaidian.grading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
