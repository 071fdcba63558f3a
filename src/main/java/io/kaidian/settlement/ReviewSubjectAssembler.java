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
 * What the reviewer sees of an application (R-APP-6): the data, the items to decide (only
 * those not yet approved; approved ones are shown as carried over), every document with
 * its checks, automated flags (screening, protected brands and their authorisation, TM
 * validity) and what changed since the last decision. Guide: docs/guide/review-desk.md.
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
							+ b.trademarkNumber() + " · class "
							+ (b.trademarkClass() != null ? b.trademarkClass() : "-") + " · owner "
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
		flags.add(new ReviewSubject.Flag(item.key() + ":SCREENING", prohibited.isEmpty(), screened.passed()
				? "no prohibited term or protected brand"
				: screened.hits().stream().map((h) -> h.list() + " " + h.term()).collect(Collectors.joining(", "))));
		if (!protectedHits.isEmpty()) {
			boolean letter = attached.stream()
				.anyMatch((d) -> d.ref().equals(item.ref())
						&& d.kind().equals(BrandDocumentKind.AUTHORIZATION_LETTER.name()));
			flags.add(new ReviewSubject.Flag(item.key() + ":PROTECTED_BRAND_AUTHORIZATION",
					b.ownership() == Ownership.AUTHORIZED && letter,
					"protected brand " + protectedHits.get(0).term() + "; claimed as " + name(b.ownership())
							+ (letter ? ", authorisation letter uploaded" : ", no authorisation letter")));
		}
		flags.add(new ReviewSubject.Flag(item.key() + ":TRADEMARK_NUMBER_FORMAT", true,
				b.trademarkNumber() != null && b.trademarkNumber().startsWith("G") ? "Madrid international registration"
						: "CNIPA application/registration number"));
		if (b.trademarkStatus() == TrademarkStatus.TM) {
			flags.add(new ReviewSubject.Flag(item.key() + ":TM_MARK", true,
					"TM status: valid " + this.properties.tmMarkValidity() + " from approval (PRODUCT.md §4.6)"));
		}
		return flags;
	}

	private static String state(ApplicationItem item) {
		return item.locked() ? " [approved before, carried over]"
				: item.status() == ItemStatus.REJECTED ? " [rejected before]" : "";
	}

	static @Nullable String name(@Nullable Enum<?> value) {
		return value != null ? value.name() : null;
	}

}
