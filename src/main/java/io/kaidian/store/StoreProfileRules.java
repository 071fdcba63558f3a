package io.kaidian.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.rules.Violation;
import io.kaidian.screening.Hit;
import io.kaidian.screening.Screening;
import io.kaidian.screening.ScreeningContext;
import io.kaidian.screening.TermList;

/**
 * The checks of a store profile (R-STORE-1): the name screened (R-REG-5; a protected
 * brand only when the application approved it), the domain's form and the reserved words,
 * and an official store's brand site and story. Uniqueness is the database's.
 */
@Component
class StoreProfileRules {

	static final int NAME_MAX = 60;

	static final int DOMAIN_MIN = 3;

	static final int DOMAIN_MAX = 30;

	private static final Pattern DOMAIN_CHARACTERS = Pattern.compile("[a-z0-9-]+");

	private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private final Screening screening;

	private final StoreProperties properties;

	private final Set<String> reserved;

	StoreProfileRules(Screening screening, StoreProperties properties) {
		this.screening = screening;
		this.properties = properties;
		this.reserved = Set
			.copyOf(properties.reservedDomains().stream().map((d) -> d.toLowerCase(Locale.ROOT)).toList());
	}

	/** Every violation of the form, for a store of that scope. */
	List<Violation> check(StoreProfileForm form, SellingScope scope) {
		List<Violation> violations = new ArrayList<>();
		name(form.name(), scope, violations);
		domain(form.domain(), violations);
		if (scope.official()) {
			officialUrl(form.brandOfficialUrl(), violations);
			story(form.brandStory(), scope, violations);
		}
		else {
			if (present(form.brandOfficialUrl())) {
				violations.add(Violation.of("brandOfficialUrl", "OFFICIAL_STORE_ONLY"));
			}
			if (present(form.brandStory())) {
				violations.add(Violation.of("brandStory", "OFFICIAL_STORE_ONLY"));
			}
		}
		return violations;
	}

	private void name(@Nullable String name, SellingScope scope, List<Violation> violations) {
		if (!present(name)) {
			violations.add(Violation.of("name", "REQUIRED"));
			return;
		}
		if (name.strip().codePointCount(0, name.strip().length()) > NAME_MAX) {
			violations.add(Violation.of("name", "LENGTH_INVALID"));
			return;
		}
		screened("name", name, ScreeningContext.STORE_NAME, scope, violations);
	}

	/**
	 * R-STORE-1: 3 to 30 of a-z, 0-9 and hyphens, no hyphen at either end, not reserved.
	 */
	void domain(@Nullable String domain, List<Violation> violations) {
		if (!present(domain)) {
			violations.add(Violation.of("domain", "REQUIRED"));
			return;
		}
		if (domain.length() < DOMAIN_MIN || domain.length() > DOMAIN_MAX) {
			violations.add(Violation.of("domain", "DOMAIN_LENGTH", DOMAIN_MIN, DOMAIN_MAX));
		}
		else if (!DOMAIN_CHARACTERS.matcher(domain).matches()) {
			violations.add(Violation.of("domain", "DOMAIN_CHARACTERS"));
		}
		else if (domain.startsWith("-") || domain.endsWith("-")) {
			violations.add(Violation.of("domain", "DOMAIN_HYPHEN"));
		}
		else if (this.reserved.contains(domain)) {
			violations.add(Violation.of("domain", "DOMAIN_RESERVED", domain));
		}
		else {
			violations.addAll(this.screening.check(domain, ScreeningContext.STORE_DOMAIN).violations("domain"));
		}
	}

	private void officialUrl(@Nullable String url, List<Violation> violations) {
		if (!present(url)) {
			violations.add(Violation.of("brandOfficialUrl", "REQUIRED"));
			return;
		}
		if (!realHttpsSite(url.strip())) {
			violations.add(Violation.of("brandOfficialUrl", "OFFICIAL_URL_INVALID"));
		}
	}

	private void story(@Nullable String story, SellingScope scope, List<Violation> violations) {
		if (!present(story)) {
			violations.add(Violation.of("brandStory", "REQUIRED"));
			return;
		}
		if (story.codePointCount(0, story.length()) > this.properties.brandStoryMax()) {
			violations.add(Violation.of("brandStory", "STORY_TOO_LONG", this.properties.brandStoryMax()));
			return;
		}
		screened("brandStory", story, ScreeningContext.STORE_NAME, scope, violations);
	}

	/**
	 * R-REG-5: prohibited terms never; a protected brand only when it is one of the
	 * store's approved brands.
	 */
	private void screened(String field, String text, ScreeningContext context, SellingScope scope,
			List<Violation> violations) {
		List<Hit> refused = this.screening.check(text, context)
			.hits()
			.stream()
			.filter((hit) -> hit.list() == TermList.PROHIBITED || scope.brand(hit.term()).isEmpty())
			.toList();
		violations.addAll(new io.kaidian.screening.ScreeningResult(refused).violations(field));
	}

	/**
	 * An {@code https} address of a real host name: dotted labels, no IP, no port games.
	 */
	static boolean realHttpsSite(String url) {
		try {
			URI uri = new URI(url);
			String host = uri.getHost();
			if (!"https".equalsIgnoreCase(uri.getScheme()) || host == null || uri.getUserInfo() != null) {
				return false;
			}
			String lower = host.toLowerCase(Locale.ROOT);
			String[] labels = lower.split("\\.", -1);
			if (labels.length < 2 || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
				return false;
			}
			for (String label : labels) {
				if (!HOST_LABEL.matcher(label).matches()) {
					return false;
				}
			}
			return labels[labels.length - 1].length() >= 2;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
