package io.kaidian.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

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

	/** A file of a multipart request (API.md: one part {@code file}). */
	public static Upload of(MultipartFile file) {
		try {
			return new Upload(file.getInputStream(), file.getOriginalFilename(), file.getContentType());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
