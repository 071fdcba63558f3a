package io.kaidian.settlement;

import java.util.List;

import org.springframework.stereotype.Component;

/** An application as its seller sees it ({@link ApplicationView}), with its documents. */
@Component
class ApplicationViewAssembler {

	private final ApplicationDocuments documents;

	ApplicationViewAssembler(ApplicationDocuments documents) {
		this.documents = documents;
	}

	ApplicationView view(SettlementApplication a) {
		List<DocumentStatus> documents = this.documents.of(a.id())
			.stream()
			.map((d) -> new DocumentStatus(d.ref().key(), d.kind(), d.status(), d.carried(), d.checks()))
			.toList();
		List<ApplicationView.Item> items = a.items()
			.stream()
			.map((i) -> new ApplicationView.Item(i.type(), i.key(), i.status(), i.reasons(), i.locked(), i.expiresAt()))
			.toList();
		List<BrandView> brands = a.brands()
			.stream()
			.map((i) -> new BrandView(i.position(), i.brand().name(), i.brand().trademarkNumber(),
					i.brand().trademarkStatus(), i.brand().ownership(), i.brand().trademarkClass(), i.brand().owner()))
			.toList();
		return new ApplicationView(a.id(), a.attempt(), a.status(), a.salesPlan(), a.storeType(), a.businessScope(),
				a.categories().stream().map(ApplicationItem::categoryCode).toList(), brands, a.noBrand(), items,
				documents, a.reasons(), a.expectedDecisionBy(), a.version());
	}

}
