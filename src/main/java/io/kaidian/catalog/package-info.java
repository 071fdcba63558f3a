/**
 * Catalog: a store's products within its approved categories and brands and its plan's
 * product limit (R-OPEN-1); publishing needs identity and a payout account (R-STORE-2)
 * and reports to the store, which opens at the tenth. Guide: docs/guide/store.md.
 */
@ApplicationModule(allowedDependencies = { "platform", "account", "store", "settlement", "settlement :: events",
		"screening", "documents" })
@NullMarked
package io.kaidian.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
