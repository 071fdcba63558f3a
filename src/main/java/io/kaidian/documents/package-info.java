/**
 * Documents: storing uploads safely — type sniffed from the bytes, images re-encoded
 * without metadata, everything encrypted at rest, every staff view recorded; automated
 * photo checks. A port other modules call; it knows none of its callers.
 */
@ApplicationModule(allowedDependencies = { "platform" })
@NullMarked
package io.kaidian.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
