package io.kaidian.settlement;

/**
 * What a PUT answered: the thing as it is now, and whether it was new.
 *
 * @param <T> the thing
 * @param value the scope or category as stored now
 * @param created whether the request created it
 */
public record SavedEntry<T>(T value, boolean created) {
}
