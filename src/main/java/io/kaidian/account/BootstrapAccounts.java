package io.kaidian.account;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.kaidian.platform.security.Role;

/**
 * The first operator: created at start-up from {@code KAIDIAN_BOOTSTRAP_OPERATOR_EMAIL}
 * and {@code KAIDIAN_BOOTSTRAP_OPERATOR_PASSWORD} when no operator exists yet (API.md,
 * "Staff and operations"). In the demo profile, a demo operator and a demo reviewer are
 * created too and their credentials printed, so a newcomer can sign in at once.
 */
@Component
class BootstrapAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAccounts.class);

	private final StaffDirectory directory;

	private final AccountProperties properties;

	BootstrapAccounts(StaffDirectory directory, AccountProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		AccountProperties.Bootstrap bootstrap = this.properties.bootstrapOperator();
		if (StringUtils.hasText(bootstrap.email()) && StringUtils.hasText(bootstrap.password())
				&& !this.directory.hasOperator()) {
			this.directory.create(new StaffDirectory.NewStaff(bootstrap.email(), bootstrap.password(), bootstrap.name(),
					Set.of(Role.OPERATOR)), null);
			log.info("Bootstrap operator {} created", bootstrap.email());
		}
		AccountProperties.Demo demo = this.properties.demo();
		if (demo.enabled()) {
			ensure(demo.operatorEmail(), demo.operatorPassword(), "Demo Operator", Role.OPERATOR);
			ensure(demo.reviewerEmail(), demo.reviewerPassword(), "Demo Reviewer", Role.REVIEWER);
			log.warn("""

					==================================================================
					 DEMO profile: never use it in production.
					 Demo operator: {} / {}
					 Demo reviewer: {} / {}
					 Sign in at /staff/sign-in or POST /api/v1/sessions.
					==================================================================""", demo.operatorEmail(),
					demo.operatorPassword(), demo.reviewerEmail(), demo.reviewerPassword());
		}
	}

	private void ensure(String email, String password, String name, Role role) {
		if (!this.directory.exists(email)) {
			this.directory.create(new StaffDirectory.NewStaff(email, password, name, Set.of(role)), null);
		}
	}

}
