/**
 * Settlement: the offers (business scopes, categories, sales plans, store types, fees)
 * and each seller's settlement application (R-APP), reviewed item by item.
 */
@ApplicationModule(
		allowedDependencies = { "platform", "account", "identity", "documents", "review", "screening", "notification" })
@NullMarked
package io.kaidian.settlement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
