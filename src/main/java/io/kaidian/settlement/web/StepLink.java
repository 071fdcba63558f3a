package io.kaidian.settlement.web;

/**
 * One step in the step indicator.
 *
 * @param key the step
 * @param href its page
 * @param current whether it is the page shown
 * @param done whether its choice is made
 */
record StepLink(String key, String href, boolean current, boolean done) {
}
