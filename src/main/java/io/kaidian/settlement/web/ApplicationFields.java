package io.kaidian.settlement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.web.PageErrors;
import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.settlement.ItemRef;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.SalesPlan;
import io.kaidian.settlement.StoreType;

/**
 * Where the application pages show a field and what they call it: the element on the step
 * where it is entered, "Brand 2: Trademark registration number", "Category “Shoes”"; and
 * a rejection's reasons as the seller reads them (PRODUCT.md §4.1).
 */
@Component
class ApplicationFields {

	private static final Pattern BRAND_FIELD = Pattern.compile("^(?:brands\\[|brand:)(\\d+)\\]?(?:\\.(\\w+))?$");

	/** A document as submit names it: {@code brand:0.TRADEMARK_CERTIFICATE}. */
	private static final Pattern DOCUMENT_FIELD = Pattern.compile("^([a-z]+:[^.]+)\\.([A-Z_]+)$");

	private static final Pattern CATEGORY_FIELD = Pattern.compile("^categories(?:\\[(\\d+)\\])?$");

	private final ApplicationPageText text;

	private final Offers offers;

	private final ReasonCatalogue catalogue;

	ApplicationFields(ApplicationPageText text, Offers offers, ReasonCatalogue catalogue) {
		this.text = text;
		this.offers = offers;
		this.catalogue = catalogue;
	}

	/**
	 * How a refusal of a post shows: at the document {@code at} (an upload) or at each
	 * field's element, whose ids follow the form as posted.
	 */
	PageErrors.Fields of(@Nullable String at, @Nullable PageForm form) {
		return new PageErrors.Fields() {

			@Override
			public @Nullable String at() {
				return at;
			}

			@Override
			public PageErrors.Place place(String field, Locale locale) {
				String id = field.equals(at) ? at : anchor(field, form);
				return new PageErrors.Place(id, ApplicationStep.of(id).path() + "#" + id, label(field, locale));
			}

			@Override
			public Object argument(Object argument, Locale locale) {
				return ApplicationFields.this.argument(argument, locale);
			}

		};
	}

	/** A rejection's reasons, each with the catalogue's text and how to fix it. */
	List<ReasonLine> reasons(List<Reason> reasons, Locale locale) {
		List<ReasonLine> lines = new ArrayList<>();
		for (Reason reason : reasons) {
			Optional<ReasonCatalogue.Entry> entry = this.catalogue.find(reason.code(), locale);
			lines.add(new ReasonLine(reason.field(), label(reason.field(), locale), reason.code(),
					entry.map(ReasonCatalogue.Entry::text).orElse(reason.code()),
					entry.map(ReasonCatalogue.Entry::howToFix).orElse(null), reason.message()));
		}
		return lines;
	}

	/** A plan or a store type named in a message, in words. */
	private Object argument(Object argument, Locale locale) {
		String value = String.valueOf(argument);
		if (ApplicationPageText.parse(StoreType.class, value) != null) {
			return this.text.message("application.store-type." + value, locale);
		}
		if (ApplicationPageText.parse(SalesPlan.class, value) != null) {
			return this.offers.plan(SalesPlan.valueOf(value)).name(locale);
		}
		return argument;
	}

	/**
	 * A field or item in words: {@code brands[1].trademarkNumber} is "Brand 2: Trademark
	 * registration number", {@code category:shoes} is "Category “Shoes”".
	 */
	String label(String field, Locale locale) {
		Optional<DocumentField> document = DocumentField.parse(field);
		if (document.isPresent()) {
			return label(document.get().ref().key(), locale) + ": " + this.text
				.messageOr("application.document." + document.get().kind(), document.get().kind(), locale);
		}
		if (ItemRef.parse(field).orElse(null) instanceof ItemRef.CategoryRef category) {
			String name = this.offers.scopes()
				.stream()
				.flatMap((s) -> s.category(category.code()).stream())
				.map((c) -> c.name(locale))
				.findFirst()
				.orElse(category.code());
			return this.text.message("application.field.category", locale, name);
		}
		Matcher brand = BRAND_FIELD.matcher(field);
		if (brand.matches()) {
			String label = this.text.message("application.field.brand", locale, Integer.parseInt(brand.group(1)) + 1);
			return (brand.group(2) != null) ? label + ": " + label(brand.group(2), locale) : label;
		}
		if (CATEGORY_FIELD.matcher(field).matches()) {
			return this.text.message("application.field.categories", locale);
		}
		int dash = field.indexOf("--");
		if (dash > 0) {
			return this.text.messageOr("application.document." + field.substring(dash + 2), field, locale);
		}
		return this.text.messageOr("application.field." + field, field, locale);
	}

	/**
	 * The id of a field's element: {@code brands[1].name} is {@code brands-1-name},
	 * {@code brand:1} is {@code brands-1}, {@code categories[0]} and
	 * {@code category:shoes} are {@code category-shoes}.
	 */
	static String anchor(String field, @Nullable PageForm form) {
		Optional<DocumentField> document = DocumentField.parse(field);
		if (document.isPresent()) {
			return DocumentLine.id(document.get().ref(), document.get().kind());
		}
		Matcher category = CATEGORY_FIELD.matcher(field);
		if (category.matches() && category.group(1) != null && form != null) {
			int index = Integer.parseInt(category.group(1));
			if (index < form.categories().size()) {
				return "category-" + form.categories().get(index);
			}
		}
		return switch (ItemRef.parse(field).orElse(null)) {
			case ItemRef.CategoryRef ref -> "category-" + ref.code();
			case ItemRef.BrandRef ref -> "brands-" + ref.index();
			case null -> field.replaceAll("[\\[\\]:.]+", "-").replaceAll("-$", "");
		};
	}

	/**
	 * A required document as submit names it.
	 *
	 * @param ref its item
	 * @param kind its kind
	 */
	record DocumentField(ItemRef ref, String kind) {

		static Optional<DocumentField> parse(String field) {
			Matcher matcher = DOCUMENT_FIELD.matcher(field);
			return matcher.matches()
					? ItemRef.parse(matcher.group(1)).map((ref) -> new DocumentField(ref, matcher.group(2)))
					: Optional.empty();
		}

	}

}
