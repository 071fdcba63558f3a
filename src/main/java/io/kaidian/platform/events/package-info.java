/**
 * Event publications: failed listeners retried a limited number of times, then shown to
 * operators with their error, counted in metrics, and resubmitted by hand
 * (docs/guide/operations.md, docs/adr/0019).
 */
@NullMarked
package io.kaidian.platform.events;

import org.jspecify.annotations.NullMarked;
