/**
 * Refusals that domain code throws when a request breaks a rule or meets the wrong state,
 * each with a stable code and the fields it is about. They know nothing of HTTP:
 * {@code platform.web.ProblemDetailsAdvice} turns them into problem details.
 */
@NullMarked
package io.kaidian.platform.rules;

import org.jspecify.annotations.NullMarked;
