/**
 * Identity: real-name authentication cases (R-ID), subjects (enterprise / individual
 * business), their bindings to accounts and bans. Personal data is encrypted at rest.
 */
@ApplicationModule(allowedDependencies = { "platform", "account", "documents", "review", "notification" })
@NullMarked
package io.kaidian.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
