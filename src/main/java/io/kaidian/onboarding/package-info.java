/**
 * Onboarding: the seller's one checklist of every gate of the journey (PRODUCT.md §2,
 * §4.4), a read model built from the other modules' events. It only listens; nobody
 * depends on it.
 */
@ApplicationModule(allowedDependencies = { "platform", "account", "review", "identity", "settlement :: events",
		"billing", "exam", "store :: events" })
@NullMarked
package io.kaidian.onboarding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
