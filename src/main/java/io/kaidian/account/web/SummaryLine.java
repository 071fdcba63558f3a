package io.kaidian.account.web;

/**
 * One line of the summary at the top of a step.
 *
 * @param href where the field is
 * @param label the field's name, empty for the request as a whole
 * @param message what is wrong
 */
record SummaryLine(String href, String label, String message) {
}
