package io.kaidian.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.notification.Channel;
import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.i18n.Languages;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.screening.Screening;
import io.kaidian.screening.ScreeningContext;

/**
 * Registers sellers (R-REG-1…8). Every rule is checked and every failure reported at
 * once, field by field; a refused registration writes nothing but the count of wrong code
 * tries. Of several concurrent registrations of one email or one phone exactly one wins;
 * the others get {@code 409}.
 */
@Service
public class Registration {

	/**
	 * English names: Latin letters with spaces, hyphens, apostrophes and dots between
	 * them.
	 */
	private static final Pattern LATIN_NAME = Pattern.compile("^\\p{IsLatin}+([ .'-]\\p{IsLatin}+)*\\.?$");

	/**
	 * Chinese names: Han characters, with a middle dot between the parts of a
	 * transliterated name.
	 */
	private static final Pattern CHINESE_NAME = Pattern.compile("^\\p{IsHan}+([·•・]\\p{IsHan}+)*$");

	private static final Pattern MAINLAND_POSTAL_CODE = Pattern.compile("^\\d{6}$");

	private final SellerAccounts sellers;

	private final LoginEmails logins;

	private final MemberIds memberIds;

	private final VerificationCodes codes;

	private final RegionExemptions exemptions;

	private final PasswordPolicy passwords;

	private final ChineseNameCheck names;

	private final Screening screening;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	Registration(SellerAccounts sellers, LoginEmails logins, MemberIds memberIds, VerificationCodes codes,
			RegionExemptions exemptions, PasswordPolicy passwords, ChineseNameCheck names, Screening screening,
			PasswordEncoder encoder, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.sellers = sellers;
		this.logins = logins;
		this.memberIds = memberIds;
		this.codes = codes;
		this.exemptions = exemptions;
		this.passwords = passwords;
		this.names = names;
		this.screening = screening;
		this.encoder = encoder;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Registered register(NewSeller seller, Locale locale) {
		List<Violation> violations = new ArrayList<>();

		Optional<EmailAddress> email = EmailAddress.parse(text(seller.email()));
		if (email.isEmpty()) {
			violations.add(Violation.of("email", blank(seller.email()) ? "REQUIRED" : "EMAIL_INVALID"));
		}
		else {
			// R-REG-5: no prohibited content, no protected brand in the login name
			violations.addAll(this.screening.check(email.get().localPart(), ScreeningContext.EMAIL_LOCAL_PART)
				.violations("email"));
		}
		Optional<String> region = Regions.parse(text(seller.region()));
		boolean mainland = region.map(Regions.MAINLAND::equals).orElse(false);
		if (region.isEmpty()) {
			violations.add(Violation.of("region", blank(seller.region()) ? "REQUIRED" : "REGION_INVALID"));
		}
		else if (!mainland && email.isPresent() && !this.exemptions.allows(email.get(), region.get())) {
			// R-REG-6: only mainland sellers, unless the operator agreed in advance
			violations.add(Violation.of("region", "REGION_NOT_ALLOWED"));
		}
		if (blank(seller.password())) {
			violations.add(Violation.of("password", "REQUIRED"));
		}
		else {
			violations.addAll(this.passwords.check("password", seller.password(), email.orElse(null)));
		}
		String chineseName = blank(seller.chineseName()) ? null : seller.chineseName().strip();
		String firstName = blank(seller.firstName()) ? null : seller.firstName().strip().replaceAll("\\s+", " ");
		String lastName = blank(seller.lastName()) ? null : seller.lastName().strip().replaceAll("\\s+", " ");
		if (mainland) {
			// R-REG-2: a Chinese name for mainland individuals; R-REG-3: the English name
			// is its
			// pinyin, surname last
			violations
				.addAll(this.names.check(seller.chineseName(), seller.firstName(), seller.lastName()).violations());
		}
		else {
			name("firstName", seller.firstName(), violations);
			name("lastName", seller.lastName(), violations);
			if (chineseName != null && !CHINESE_NAME.matcher(chineseName).matches()) {
				violations.add(Violation.of("chineseName", "CHINESE_NAME_INVALID"));
			}
		}
		Optional<String> phone = blank(seller.phone()) ? Optional.empty()
				: PhoneNumbers.mobile(seller.phone(), mainland);
		if (phone.isEmpty()) {
			violations.add(Violation.of("phone",
					blank(seller.phone()) ? "REQUIRED" : mainland ? "PHONE_NOT_MAINLAND_MOBILE" : "PHONE_INVALID"));
		}
		SellerAccount.Address address = address(seller.address(), mainland, violations);

		// an email or phone is said to be taken only to whoever proved it is theirs with
		// its code (ADR 0021): nobody else learns whether it has an account
		if (email.isPresent()
				&& checkCode(Channel.EMAIL, email.get().value(), "emailCode", seller.emailCode(), violations)
				&& this.logins.taken(email.get())) {
			violations.add(Violation.of("email", "EMAIL_TAKEN"));
		}
		if (phone.isPresent() && checkCode(Channel.SMS, phone.get(), "phoneCode", seller.phoneCode(), violations)
				&& this.sellers.phoneTaken(phone.get())) {
			violations.add(Violation.of("phone", "PHONE_TAKEN"));
		}
		if (violations.stream().anyMatch((violation) -> "CODE_USED".equals(violation.code()))
				&& violations.stream().anyMatch((violation) -> violation.code().endsWith("_TAKEN"))) {
			// a concurrent registration with these very codes won the race (the email's
			// and
			// the phone's codes: one of them was right, the other already used)
			throw new ConflictException("REGISTRATION_CONFLICT", violations);
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}

		SellerAccount account = new SellerAccount(UUID.randomUUID(), this.memberIds.issue(), email.get(),
				this.encoder.encode(seller.password()), firstName, lastName, chineseName, phone.get(), region.get(),
				address, Languages.tag(locale), SellerAccount.Status.ACTIVE, this.clock.instant());
		this.sellers.add(account);
		this.audit.record(new AuditTrail.Entry(account.memberId(), "account", "REGISTERED", null, "ACTIVE",
				account.id(), "SELLER", null, java.util.Map.of("region", account.region())));
		this.events.publishEvent(new SellerRegistered(account.id(), account.memberId(), account.email().value(),
				account.region(), account.language(), account.registeredAt()));
		return new Registered(account.memberId(), account.email().value(), account.status().name());
	}

	/**
	 * @return whether the code proves the target is the caller's: right, or the very code
	 * a concurrent registration has just used
	 */
	private boolean checkCode(Channel channel, String target, String field, @Nullable String code,
			List<Violation> violations) {
		if (blank(code)) {
			violations.add(Violation.of(field, "REQUIRED"));
			return false;
		}
		Optional<Violation> wrong = this.codes.consume(channel, target, VerificationPurpose.REGISTER, field,
				code.strip());
		wrong.ifPresent(violations::add);
		return wrong.isEmpty() || "CODE_USED".equals(wrong.get().code());
	}

	private static void name(String field, @Nullable String raw, List<Violation> violations) {
		if (blank(raw)) {
			violations.add(Violation.of(field, "REQUIRED"));
			return;
		}
		String name = raw.strip().replaceAll("\\s+", " ");
		if (name.length() > 50 || !LATIN_NAME.matcher(name).matches()) {
			violations.add(Violation.of(field, "ENGLISH_NAME_INVALID"));
		}
	}

	private static SellerAccount.@Nullable Address address(@Nullable AddressInput input, boolean mainland,
			List<Violation> violations) {
		if (input == null) {
			violations.add(Violation.of("address", "REQUIRED"));
			return null;
		}
		if (mainland && blank(input.province())) {
			violations.add(Violation.of("address.province", "REQUIRED"));
		}
		if (blank(input.city())) {
			violations.add(Violation.of("address.city", "REQUIRED"));
		}
		if (blank(input.line1())) {
			violations.add(Violation.of("address.line1", "REQUIRED"));
		}
		if (mainland
				&& (blank(input.postalCode()) || !MAINLAND_POSTAL_CODE.matcher(input.postalCode().strip()).matches())) {
			violations.add(Violation.of("address.postalCode", "POSTAL_CODE_INVALID"));
		}
		for (String[] part : new String[][] { { "address.province", input.province() },
				{ "address.city", input.city() }, { "address.line1", input.line1() },
				{ "address.postalCode", input.postalCode() } }) {
			if (part[1] != null && part[1].length() > 200) {
				violations.add(Violation.of(part[0], "LENGTH_INVALID"));
			}
		}
		return new SellerAccount.Address(strip(input.province()), strip(input.city()), strip(input.line1()),
				strip(input.postalCode()));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static String text(@Nullable String value) {
		return value != null ? value : "";
	}

	private static @Nullable String strip(@Nullable String value) {
		return value != null ? value.strip() : null;
	}

	/**
	 * What a seller registers with (API.md {@code POST /api/v1/sellers}).
	 *
	 * @param email the login (R-REG-1)
	 * @param emailCode the code sent to it
	 * @param password the password
	 * @param firstName the English given name
	 * @param lastName the English surname
	 * @param chineseName the Chinese name (mainland individuals, R-REG-2, R-REG-3)
	 * @param phone the mobile
	 * @param phoneCode the code sent to it
	 * @param region {@code CN_MAINLAND} or an ISO 3166 code (R-REG-6)
	 * @param address the contact address
	 */
	public record NewSeller(@Nullable String email, @Nullable String emailCode, @Nullable String password,
			@Nullable String firstName, @Nullable String lastName, @Nullable String chineseName, @Nullable String phone,
			@Nullable String phoneCode, @Nullable String region, @Nullable AddressInput address) {
	}

	/**
	 * @param province province or state
	 * @param city city
	 * @param line1 street and number
	 * @param postalCode postal code
	 */
	public record AddressInput(@Nullable String province, @Nullable String city, @Nullable String line1,
			@Nullable String postalCode) {
	}

	/**
	 * @param memberId the new member ID (R-REG-4)
	 * @param email the login
	 * @param status {@code ACTIVE}
	 */
	public record Registered(String memberId, String email, String status) {
	}

}
