package io.kaidian.documents;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * A file as it came in. The name and the declared type are the client's word and are
 * never trusted: the type is decided from the bytes, the name is not used to store it.
 *
 * @param content the bytes; read at most once, up to one byte past the size limit, and
 * not closed (the caller owns it)
 * @param fileName the name the client gave, if any (kept out of the storage entirely)
 * @param declaredType the content type the client declared, if any
 */
public record Upload(InputStream content, @Nullable String fileName, @Nullable String declaredType) {
}
