package io.kaidian.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

/**
 * The encrypted files under {@code kaidian.documents.directory}. A file's name is made
 * from the document's id alone ({@code ab/<id>}, {@code ab} its first two hex digits, so
 * no directory grows too large); nothing the client sent reaches a path. Files are
 * written to a temporary file in the same directory and moved into place, so a reader
 * never sees half a file.
 */
@Component
class DocumentFiles {

	private final Path directory;

	DocumentFiles(DocumentsProperties properties) {
		this.directory = properties.directory().toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the documents directory " + this.directory, ex);
		}
	}

	/** The storage key of a document: its path relative to the directory. */
	static String keyOf(DocumentId id) {
		String name = id.value().toString();
		return name.substring(0, 2) + "/" + name;
	}

	/** Writes the content under the key, atomically. */
	void write(String key, byte[] content) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
			try {
				Files.write(temporary, content);
				move(temporary, target);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write document file " + key, ex);
		}
	}

	byte[] read(String key) {
		try {
			return Files.readAllBytes(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read document file " + key, ex);
		}
	}

	void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete document file " + key, ex);
		}
	}

	/** The file of a key; refuses any key that would lead out of the directory. */
	Path resolve(String key) {
		Path path = this.directory.resolve(key).normalize();
		if (!path.startsWith(this.directory) || path.equals(this.directory)) {
			throw new IllegalArgumentException("Storage key outside the documents directory: " + key);
		}
		return path;
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
