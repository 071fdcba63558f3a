package io.kaidian.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Regenerates {@code src/main/resources/account/common-passwords.txt} (R-REG-2): the
 * first 10,000 entries of the frequency-ranked {@code passwords.txt} shipped inside
 * {@code com.nulab-inc:zxcvbn:1.9.0} (MIT), lower-cased, de-duplicated, in rank order,
 * under a two-line header. The licence notices live beside it in
 * {@code common-passwords.LICENSE.txt}.
 * <p>
 * The jar is not a dependency of the build; fetch it into the local Maven repository and
 * run this file with the source launcher, from the project root:
 *
 * <pre>
 * ./mvnw dependency:get -Dartifact=com.nulab-inc:zxcvbn:1.9.0
 * java src/test/java/io/kaidian/account/CommonPasswordsGenerator.java [jar] [output]
 * </pre>
 *
 * {@code CommonPasswordsTests} checks that the shipped file is exactly this program's
 * output whenever the jar is present.
 */
public final class CommonPasswordsGenerator {

	static final int SIZE = 10_000;

	static final String ENTRY = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	static final Path DEFAULT_JAR = Path.of(System.getProperty("user.home"), ".m2", "repository", "com", "nulab-inc",
			"zxcvbn", "1.9.0", "zxcvbn-1.9.0.jar");

	static final Path DEFAULT_OUTPUT = Path.of("src", "main", "resources", "account", "common-passwords.txt");

	static final String HEADER = """
			# The 10,000 most common passwords (R-REG-2), in rank order: the top of passwords.txt in com.nulab-inc:zxcvbn:1.9.0 (zxcvbn4j, MIT, (c) 2014 Nulab Inc; \
			list from Dropbox zxcvbn, MIT, (c) 2012-2015 Dan Wheeler and Dropbox, Inc.), lower-cased. Licence: common-passwords.LICENSE.txt.
			# Regenerate with: java src/test/java/io/kaidian/account/CommonPasswordsGenerator.java
			""";

	private CommonPasswordsGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path jar = (args.length > 0) ? Path.of(args[0]) : DEFAULT_JAR;
		Path output = (args.length > 1) ? Path.of(args[1]) : DEFAULT_OUTPUT;
		Files.writeString(output, render(jar), StandardCharsets.UTF_8);
		System.out.println("Wrote " + SIZE + " passwords from " + jar + " to " + output);
	}

	/** The complete content of the list file, header included. */
	static String render(Path jar) throws IOException {
		StringBuilder text = new StringBuilder(HEADER);
		for (String password : topPasswords(jar)) {
			text.append(password).append('\n');
		}
		return text.toString();
	}

	static List<String> topPasswords(Path jar) throws IOException {
		Set<String> passwords = new LinkedHashSet<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			ZipEntry entry = zip.getEntry(ENTRY);
			if (entry == null) {
				throw new IOException(jar + " has no " + ENTRY);
			}
			try (InputStream in = zip.getInputStream(entry)) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					String password = line.strip().toLowerCase(Locale.ROOT);
					if (!password.isEmpty() && !password.startsWith("#")) {
						passwords.add(password);
					}
					if (passwords.size() == SIZE) {
						return new ArrayList<>(passwords);
					}
				}
			}
		}
		throw new IOException(jar + " lists fewer than " + SIZE + " passwords");
	}

}
