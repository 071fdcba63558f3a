package io.kaidian.documents;

import java.time.Instant;
import java.util.UUID;

import io.kaidian.platform.security.Role;

/**
 * One recorded opening of a document's content (PRODUCT.md §5: who, when, which).
 *
 * @param documentId which document
 * @param viewerAccountId who opened it
 * @param viewerRole in which role
 * @param viewedAt when, by the service's clock
 */
public record View(DocumentId documentId, UUID viewerAccountId, Role viewerRole, Instant viewedAt) {
}
