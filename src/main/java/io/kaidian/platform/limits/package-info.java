/**
 * Limits per client address and per account, counted in PostgreSQL so every instance
 * shares them (docs/adr/0016-abuse-limits-and-sign-in-step-up.md).
 */
@NullMarked
package io.kaidian.platform.limits;

import org.jspecify.annotations.NullMarked;
