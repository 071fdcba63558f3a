package io.kaidian.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Loads the service's keys: a Tink keyset from a JSON value (an environment variable in
 * production) or from a file, or, for development only, generated once into
 * {@code ${kaidian.data-directory}/keys} with a loud warning. Without the keyset, nothing
 * encrypted with it can be read again: operators keep it. Where development keys are not
 * allowed ({@code kaidian.keys.development-allowed: false}, the {@code prod} profile), an
 * unset key stops the start with {@link DevelopmentKeyRefusedException} (ADR 0021).
 */
@Component
public class Keysets {

	private static final Logger log = LoggerFactory.getLogger(Keysets.class);

	private final boolean developmentAllowed;

	private final Path directory;

	Keysets(KeysProperties properties, Environment environment) {
		this.developmentAllowed = properties.developmentAllowed();
		this.directory = Path.of(environment.getProperty("kaidian.data-directory", "./data"), "keys");
	}

	/**
	 * @param json the keyset as JSON, if configured
	 * @param file a file holding the keyset, if configured
	 * @param developmentFile the name of the development keyset's file in the keys
	 * directory, used when neither is configured
	 * @param template the kind of key a development keyset gets
	 * @param setting the setting to name in the warning
	 */
	public KeysetHandle load(@Nullable String json, @Nullable String file, String developmentFile, Parameters template,
			String setting) {
		try {
			String text;
			if (StringUtils.hasText(json)) {
				text = json.strip();
			}
			else if (StringUtils.hasText(file)) {
				text = Files.readString(Path.of(file.strip()));
			}
			else {
				Path development = developmentFile(developmentFile, setting);
				text = developmentKeyset(development, template);
				log.warn("Using the DEVELOPMENT keyset {}: set {} in production and keep it, or what it encrypts "
						+ "cannot be read again", development.toAbsolutePath(), setting);
			}
			return TinkJsonProtoKeysetFormat.parseKeyset(text, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not a valid Tink keyset for " + setting, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where a development key of this name is kept.
	 * @param setting the setting that would replace it, named when it is refused
	 * @throws DevelopmentKeyRefusedException where development keys are not allowed
	 */
	public Path developmentFile(String name, String setting) {
		if (!this.developmentAllowed) {
			throw new DevelopmentKeyRefusedException(setting);
		}
		return this.directory.resolve(name);
	}

	private static String developmentKeyset(Path file, Parameters template)
			throws IOException, GeneralSecurityException {
		if (!Files.exists(file)) {
			String json = TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(template),
					InsecureSecretKeyAccess.get());
			Files.createDirectories(file.getParent());
			Files.writeString(file, json, StandardOpenOption.CREATE_NEW);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's permissions apply
			}
			log.warn("Generated a DEVELOPMENT keyset in {}", file.toAbsolutePath());
		}
		return Files.readString(file);
	}

}
