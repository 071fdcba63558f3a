package io.kaidian;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Only web code knows HTTP: domain code throws the refusals of {@code platform.rules} and
 * {@code platform.web} turns them into problem details. The security filter chain in
 * {@code platform.security} is part of the web edge too.
 */
class LayeringTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.kaidian");

	@Test
	void onlyWebCodeKnowsHttp() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackages("..web..", "io.kaidian.platform.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.http..", "io.kaidian.platform.web..")
			.because("domain code throws domain refusals; only web code maps them to HTTP");
		rule.check(classes);
	}

	@Test
	void domainRefusalsCarryNoHttp() {
		noClasses().that()
			.resideInAPackage("io.kaidian.platform.rules..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.http..", "org.springframework.web..", "jakarta.servlet..")
			.check(classes);
	}

}
