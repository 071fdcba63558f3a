package io.kaidian.settlement.web;

import java.util.List;

/**
 * The documents of one category or brand.
 *
 * @param ref the item
 * @param label the item in words
 * @param documents its documents
 */
record DocumentGroup(String ref, String label, List<DocumentLine> documents) {
}
