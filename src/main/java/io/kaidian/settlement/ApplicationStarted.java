package io.kaidian.settlement;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A seller started its settlement application: the first save created its draft (R-APP-1,
 * one per account).
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param applicationId the application
 * @param startedAt when
 */
@NamedInterface("events")
public record ApplicationStarted(UUID sellerId, String memberId, UUID applicationId, Instant startedAt) {
}
