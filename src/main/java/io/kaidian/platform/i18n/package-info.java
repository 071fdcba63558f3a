/**
 * The two languages of Kaidian, how a requested language maps onto them, and times as a
 * reader reads them.
 */
@NullMarked
package io.kaidian.platform.i18n;

import org.jspecify.annotations.NullMarked;
