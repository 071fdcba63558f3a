/**
 * Store: the store profile and its domain (R-STORE-1), the payout account (R-STORE-2),
 * the opening at the tenth published product (R-OPEN-1) and the public storefront. Guide:
 * docs/guide/store.md; decisions: ADR 0027, ADR 0032 (name and domain changes after
 * opening).
 */
@ApplicationModule(allowedDependencies = { "platform", "account", "identity", "settlement", "settlement :: events",
		"screening", "notification", "documents", "exam", "review" })
@NullMarked
package io.kaidian.store;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
