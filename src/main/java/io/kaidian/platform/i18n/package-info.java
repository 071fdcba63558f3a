/** The two languages of Kaidian and how a requested language maps onto them. */
@NullMarked
package io.kaidian.platform.i18n;

import org.jspecify.annotations.NullMarked;
