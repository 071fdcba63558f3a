package io.kaidian.platform.crypto;

/**
 * A key was left unset where development keys are refused (the {@code prod} profile): the
 * service does not start on a key generated into its data directory, which anyone with a
 * copy of that directory, or of a developer's, holds (ADR 0021).
 */
public class DevelopmentKeyRefusedException extends IllegalStateException {

	private final String setting;

	DevelopmentKeyRefusedException(String setting) {
		super("Refusing the generated development key: set " + setting);
		this.setting = setting;
	}

	/** The property that must be set, e.g. {@code kaidian.documents.keyset}. */
	public String setting() {
		return this.setting;
	}

}
