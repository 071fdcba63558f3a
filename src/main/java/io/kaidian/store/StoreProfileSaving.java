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
 * store opens; after, a new name or domain waits on the review desk, reserved for the
 * store, while the other fields apply at once (ADR 0032). Guide: docs/guide/store.md.
 */
@Service
public class StoreProfileSaving {

	private final Stores stores;

	private final StoreChanges changes;

	private final StoreClaims claims;

	private final StoreChangeRequesting requesting;

	private final StoreProfileRules rules;

	private final SellingScopes scopes;

	private final ExamPasses exams;

	private final SellerDirectory sellers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StoreProfileSaving(Stores stores, StoreChanges changes, StoreClaims claims, StoreChangeRequesting requesting,
			StoreProfileRules rules, SellingScopes scopes, ExamPasses exams, SellerDirectory sellers,
			ApplicationEventPublisher events, Clock clock) {
		this.stores = stores;
		this.changes = changes;
		this.claims = claims;
		this.requesting = requesting;
		this.rules = rules;
		this.scopes = scopes;
		this.exams = exams;
		this.sellers = sellers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates or changes the store; {@code 409 EXAM_NOT_PASSED} before the exam,
	 * {@code 422} with every violation, {@code 409} for a name or domain taken or
	 * reserved, {@code 409 STORE_CHANGE_PENDING} for another change while one is on the
	 * desk.
	 * @return the store as it is live now, and whether this save asked for a change
	 */
	@Transactional
	public Saved save(UUID sellerId, StoreProfileForm form) {
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
		String url = scope.official() ? form.brandOfficialUrl().strip() : null;
		String story = scope.official() ? form.brandStory().strip() : null;
		Instant now = this.clock.instant();
		@Nullable Store current = this.stores.lockedOf(sellerId).orElse(null);
		Store saved;
		boolean asked = false;
		if (current == null) {
			String memberId = this.sellers.profile(sellerId).orElseThrow().memberId();
			UUID storeId = UUID.randomUUID();
			String key = StoreNames.fold(name);
			this.claims.claim(key, domain, storeId, now);
			saved = new Store(storeId, sellerId, memberId, name, domain, scope.official(), url, story, null, null,
					StoreStatus.SETUP, 0, null, 0);
			this.stores.insert(saved, key, now);
		}
		else if (current.opened() && current.renamedBy(name, domain)) {
			saved = current.edited(current.name(), current.domain(), url, story);
			this.stores.update(saved, StoreNames.fold(current.name()), current.version(), now);
			askForChange(current, name, domain, now);
			asked = true;
		}
		else {
			String key = StoreNames.fold(name);
			this.claims.claim(key, domain, current.id(), now);
			saved = current.edited(name, domain, url, story);
			this.stores.update(saved, key, current.version(), now);
		}
		this.events.publishEvent(new StoreProfileSaved(sellerId, saved.id(), saved.name(), saved.domain()));
		return new Saved(saved, asked);
	}

	/**
	 * R-STORE-1 after opening: the new name and domain go to the review desk, one change
	 * at a time; the change already pending, asked again, is left as it is.
	 */
	private void askForChange(Store current, String name, String domain, Instant now) {
		@Nullable StoreChange pending = this.changes.pending(current.id()).orElse(null);
		if (pending != null) {
			if (pending.asks(name, domain)) {
				return;
			}
			String field = pending.name().equals(name) ? "domain" : "name";
			throw new ConflictException("STORE_CHANGE_PENDING", List.of(Violation.of(field, "STORE_CHANGE_PENDING")));
		}
		String key = StoreNames.fold(name);
		this.claims.claim(key, domain, current.id(), now);
		this.requesting.request(current, name, key, domain, now);
	}

	/**
	 * What a save did.
	 *
	 * @param store the store as it is live now
	 * @param changeAsked whether its new name or domain waits for review (R-STORE-1)
	 */
	public record Saved(Store store, boolean changeAsked) {
	}

}
