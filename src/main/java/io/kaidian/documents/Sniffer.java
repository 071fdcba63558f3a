package io.kaidian.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides a file's type from its bytes alone with Tika's magic-number detection. No name
 * and no declared type are handed to Tika, so neither can sway it: a {@code .jpg} that is
 * HTML is {@code text/html}.
 */
final class Sniffer {

	private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

	private Sniffer() {
	}

	/**
	 * The detected media type without parameters, {@code application/octet-stream} if
	 * unknown.
	 */
	static String detect(byte[] bytes) {
		try (TikaInputStream stream = TikaInputStream.get(bytes)) {
			return TYPES.detect(stream, new Metadata()).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
