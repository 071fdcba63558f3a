package io.kaidian.review;

import java.time.Instant;
import java.util.UUID;

/**
 * What the owner of a case learns when it opens one: enough to follow it and to tell the
 * seller when to expect a decision.
 *
 * @param id the case, which its {@link CaseDecided} and {@link CaseEscalated} name
 * @param attempt 1 for the first submission, 2 for the first resubmission, …
 * @param dueBy when a decision is expected (working-day calendar)
 */
public record OpenedCase(UUID id, int attempt, Instant dueBy) {
}
