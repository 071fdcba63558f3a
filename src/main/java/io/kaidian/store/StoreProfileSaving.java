package io.kaidian.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.account.SellerDirectory;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * Saves a seller's store profile (R-STORE-1) once the exam is passed: freely until the
 * store opens; after, a new domain leaves the old one redirecting for
 * {@code kaidian.store.old-domain-redirect}. Guide: docs/guide/store.md.
 */
@Service
public class StoreProfileSaving {

	private final Stores stores;

	private final StoreProfileRules rules;

	private final SellingScopes scopes;

	private final ExamPasses exams;

	private final SellerDirectory sellers;

	private final StoreProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StoreProfileSaving(Stores stores, StoreProfileRules rules, SellingScopes scopes, ExamPasses exams,
			SellerDirectory sellers, StoreProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.stores = stores;
		this.rules = rules;
		this.scopes = scopes;
		this.exams = exams;
		this.sellers = sellers;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates or changes the store; {@code 409 EXAM_NOT_PASSED} before the exam,
	 * {@code 422} with every violation, {@code 409} for a name or domain taken.
	 */
	@Transactional
	public Store save(UUID sellerId, StoreProfileForm form) {
		SellingScope scope = this.scopes.of(sellerId)
			.orElseThrow(() -> new ConflictException("APPLICATION_NOT_APPROVED"));
		if (!this.exams.passed(sellerId)) {
			throw new ConflictException("EXAM_NOT_PASSED");
		}
		List<Violation> violations = this.rules.check(form, scope);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		String name = form.name().strip();
		String domain = form.domain();
		String key = StoreNames.fold(name);
		Instant now = this.clock.instant();
		@Nullable Store current = this.stores.lockedOf(sellerId).orElse(null);
		UUID storeId = current != null ? current.id() : UUID.randomUUID();
		refuseTaken(key, domain, storeId, now);
		String url = scope.official() ? form.brandOfficialUrl().strip() : null;
		String story = scope.official() ? form.brandStory().strip() : null;
		Store saved;
		if (current == null) {
			String memberId = this.sellers.profile(sellerId).orElseThrow().memberId();
			saved = new Store(storeId, sellerId, memberId, name, domain, scope.official(), url, story, null, null,
					StoreStatus.SETUP, 0, null, 0);
			this.stores.insert(saved, key, now);
		}
		else {
			saved = new Store(storeId, sellerId, current.memberId(), name, domain, scope.official(), url, story,
					current.logoDocumentId(), current.bannerDocumentId(), current.status(), current.publishedProducts(),
					current.openedAt(), current.version() + 1);
			this.stores.update(saved, key, current.version(), now);
			if (current.opened() && !current.domain().equals(domain)) {
				this.stores.redirect(current.domain(), storeId, now.plus(this.properties.oldDomainRedirect()));
			}
		}
		this.events.publishEvent(new StoreProfileSaved(sellerId, storeId, name, domain));
		return saved;
	}

	private void refuseTaken(String key, String domain, UUID storeId, Instant now) {
		if (this.stores.nameTaken(key, storeId)) {
			throw new ConflictException("STORE_NAME_TAKEN", List.of(Violation.of("name", "STORE_NAME_TAKEN")));
		}
		if (this.stores.domainHeld(domain, storeId, now)) {
			throw new ConflictException("DOMAIN_TAKEN", List.of(Violation.of("domain", "DOMAIN_TAKEN")));
		}
	}

}
