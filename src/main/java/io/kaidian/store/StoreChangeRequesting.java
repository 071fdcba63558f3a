package io.kaidian.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.kaidian.review.OpenedCase;
import io.kaidian.review.Queue;
import io.kaidian.review.ReviewDesk;

/**
 * Records a name or domain change of an open store as pending and opens its case on the
 * review desk (R-STORE-1, ADR 0032); the live name and domain stay until a reviewer
 * approves. Runs inside {@link StoreProfileSaving}'s transaction, after the rules passed
 * and the new name and domain were claimed.
 */
@Component
class StoreChangeRequesting {

	private static final Logger log = LoggerFactory.getLogger(StoreChangeRequesting.class);

	private final StoreChanges changes;

	private final StoreChangeSubjectAssembler subjects;

	private final ReviewDesk desk;

	StoreChangeRequesting(StoreChanges changes, StoreChangeSubjectAssembler subjects, ReviewDesk desk) {
		this.changes = changes;
		this.subjects = subjects;
		this.desk = desk;
	}

	StoreChange request(Store current, String name, String nameKey, String domain, Instant now) {
		OpenedCase opened = this.desk.open(new ReviewDesk.OpenCase(Queue.STORE_CHANGE, subjectRef(current.id()),
				current.sellerId(), current.memberId(), this.subjects.subject(current, name, domain)));
		StoreChange change = new StoreChange(UUID.randomUUID(), current.id(), opened.id(), name, nameKey, domain,
				current.name(), current.domain(), StoreChangeStatus.PENDING, now, opened.dueBy(), null, List.of());
		this.changes.insert(change);
		log.info("R-STORE-1: store {} of {} asked to change its name or domain, review case {}", current.id(),
				current.memberId(), opened.id());
		return change;
	}

	/**
	 * One subject per store: a change asked again after a rejection is its next attempt.
	 */
	static String subjectRef(UUID storeId) {
		return "store-change:" + storeId;
	}

}
