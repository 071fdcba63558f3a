/**
 * The one text policy of the service (ADR 0020): which characters a text field may hold,
 * by the kind of field. Applied at the web edge to every JSON string and every request
 * parameter, before any module sees the value.
 */
@NullMarked
package io.kaidian.platform.text;

import org.jspecify.annotations.NullMarked;
