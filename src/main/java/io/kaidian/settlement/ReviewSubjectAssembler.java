package io.kaidian.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.documents.Check;
import io.kaidian.review.ReviewSubject;
import io.kaidian.screening.Hit;
import io.kaidian.screening.ScreeningResult;
import io.kaidian.screening.TermList;

/**
 * What the reviewer sees of an application (R-APP-6), its values and check details in
 * codes that the reviewer's pages put in the reader's language ({@code review-value.*}):
 * the data, the items to decide (only those not yet approved; approved ones are shown as
 * carried over), every document with its checks, automated flags (screening, protected
 * brands and their authorisation, TM validity) and what changed since the last decision.
 * Guide: docs/guide/review-desk.md.
 */
@Component
class ReviewSubjectAssembler {

	static final String DOCUMENT_LINK = "/api/v1/review/application/documents/";

	private final ApplicationDocuments documents;

	private final ApplicationRules rules;

	private final Offers offers;

	private final SettlementProperties properties;

	ReviewSubjectAssembler(ApplicationDocuments documents, ApplicationRules rules, Offers offers,
			SettlementProperties properties) {
		this.documents = documents;
		this.rules = rules;
		this.offers = offers;
		this.properties = properties;
	}

	ReviewSubject of(SettlementApplication a) {
		List<ApplicationDocuments.Attached> attached = this.documents.of(a.id());
		List<ReviewSubject.Document> documents = new ArrayList<>();
		List<ReviewSubject.Flag> flags = new ArrayList<>();
		for (ApplicationDocuments.Attached d : attached) {
			boolean carried = d.carried() || a.item(d.ref()).map(ApplicationItem::locked).orElse(false);
			documents.add(new ReviewSubject.Document(d.ref().key() + "." + d.kind(), DOCUMENT_LINK + d.documentId(),
					carried ? "CARRIED_OVER" : "NEW"));
			for (Check check : d.checks()) {
				flags.add(new ReviewSubject.Flag(d.ref().key() + "." + d.kind() + ":" + check.code(), check.passed(),
						check.detail()));
			}
		}
		for (ApplicationItem item : a.brands()) {
			if (!item.locked()) {
				flags.addAll(brandFlags(item, attached));
			}
		}
		List<String> items = a.items().stream().filter(ApplicationItem::toReview).map(ApplicationItem::key).toList();
		return new ReviewSubject(summary(a), documents, flags, items, ReviewChanges.of(a, attached));
	}

	private List<ReviewSubject.Field> summary(SettlementApplication a) {
		Optional<BusinessScope> scope = a.businessScope() != null ? this.offers.scope(a.businessScope())
				: Optional.empty();
		List<ReviewSubject.Field> summary = new ArrayList<>();
		summary.add(new ReviewSubject.Field("salesPlan", name(a.salesPlan())));
		summary.add(new ReviewSubject.Field("storeType", name(a.storeType())));
		summary.add(new ReviewSubject.Field("businessScope",
				scope.map((s) -> s.code() + " (" + s.nameEn() + " / " + s.nameZh() + ")").orElse(a.businessScope())));
		summary.add(new ReviewSubject.Field("noBrand", Boolean.toString(a.noBrand())));
		summary.add(new ReviewSubject.Field("categories",
				a.categories().stream().map(ApplicationItem::categoryCode).collect(Collectors.joining(", "))));
		for (ApplicationItem item : a.categories()) {
			String name = scope.flatMap((s) -> s.category(item.categoryCode()))
				.map((c) -> c.nameEn() + " / " + c.nameZh())
				.orElse(item.categoryCode());
			summary.add(new ReviewSubject.Field(item.key(), name + state(item)));
		}
		for (ApplicationItem item : a.brands()) {
			Brand b = item.brand();
			summary.add(new ReviewSubject.Field(item.key(),
					b.name() + " · " + (b.trademarkStatus() == TrademarkStatus.REGISTERED ? "®" : "TM") + " "
							+ b.trademarkNumber() + " · TRADEMARK_CLASS "
							+ (b.trademarkClass() != null ? b.trademarkClass() : "-") + " · TRADEMARK_OWNER "
							+ (b.owner() != null ? b.owner() : "-") + " · " + name(b.ownership()) + state(item)));
		}
		return summary;
	}

	/** A brand to decide: screening, protected brand, number format, TM validity. */
	private List<ReviewSubject.Flag> brandFlags(ApplicationItem item, List<ApplicationDocuments.Attached> attached) {
		List<ReviewSubject.Flag> flags = new ArrayList<>();
		Brand b = item.brand();
		ScreeningResult screened = this.rules.screen(Objects.requireNonNull(b.name()));
		List<Hit> prohibited = screened.hits(TermList.PROHIBITED);
		List<Hit> protectedHits = screened.hits(TermList.PROTECTED_BRAND);
		flags.add(new ReviewSubject.Flag(item.key() + ":SCREENING", prohibited.isEmpty(), screened.passed() ? "NO_HITS"
				: screened.hits().stream().map((h) -> h.list() + " " + h.term()).collect(Collectors.joining(", "))));
		if (!protectedHits.isEmpty()) {
			boolean letter = attached.stream()
				.anyMatch((d) -> d.ref().equals(item.ref())
						&& d.kind().equals(BrandDocumentKind.AUTHORIZATION_LETTER.name()));
			flags.add(new ReviewSubject.Flag(item.key() + ":PROTECTED_BRAND_AUTHORIZATION",
					b.ownership() == Ownership.AUTHORIZED && letter,
					"PROTECTED_BRAND " + protectedHits.get(0).term() + " · " + name(b.ownership()) + " · "
							+ (letter ? "AUTHORIZATION_LETTER_UPLOADED" : "NO_AUTHORIZATION_LETTER")));
		}
		flags.add(new ReviewSubject.Flag(item.key() + ":TRADEMARK_NUMBER_FORMAT", true,
				b.trademarkNumber() != null && b.trademarkNumber().startsWith("G") ? "MADRID_REGISTRATION"
						: "CNIPA_NUMBER"));
		if (b.trademarkStatus() == TrademarkStatus.TM) {
			flags.add(new ReviewSubject.Flag(item.key() + ":TM_MARK", true,
					this.properties.tmMarkValidity().toTotalMonths() + " MONTHS_FROM_APPROVAL"));
		}
		return flags;
	}

	private static String state(ApplicationItem item) {
		return item.locked() ? " · APPROVED_BEFORE" : item.status() == ItemStatus.REJECTED ? " · REJECTED_BEFORE" : "";
	}

	static @Nullable String name(@Nullable Enum<?> value) {
		return value != null ? value.name() : null;
	}

}
