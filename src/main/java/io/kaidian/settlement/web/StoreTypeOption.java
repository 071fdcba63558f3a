package io.kaidian.settlement.web;

import org.jspecify.annotations.Nullable;

/**
 * A store type (R-APP-3).
 *
 * @param code the type
 * @param offered whether the chosen scope offers it
 * @param note why not
 */
record StoreTypeOption(String code, boolean offered, @Nullable String note) {
}
