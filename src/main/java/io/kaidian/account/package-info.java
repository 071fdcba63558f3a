/**
 * Account: registration, verification codes, sign-in sessions and bearer tokens, member
 * IDs, staff accounts and dormant-account reclaim.
 */
@ApplicationModule(allowedDependencies = { "platform", "notification", "screening" })
@NullMarked
package io.kaidian.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
