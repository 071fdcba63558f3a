/**
 * Review: queues of cases other modules submit (identity, application), claims, deadlines
 * on the working-day calendar, decisions with coded reasons, escalation and audit.
 * Generic: it never imports the modules whose cases it decides; they open cases and apply
 * its decisions.
 */
@ApplicationModule(allowedDependencies = { "platform" })
@NullMarked
package io.kaidian.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
