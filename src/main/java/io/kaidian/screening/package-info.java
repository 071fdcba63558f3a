/**
 * Screening: the prohibited-term and protected-brand dictionaries operators edit, and
 * {@link io.kaidian.screening.Screening#check}, the synchronous check other modules call
 * on emails, store names and brands (R-REG-5). A port: it knows none of its callers.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package io.kaidian.screening;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
