package io.kaidian.settlement.web;

import io.kaidian.platform.rules.NotFoundException;

/** The steps of the seller's application pages, in order, each with its sub-path. */
enum ApplicationStep {

	PLAN("plan"), STORE_TYPE("store-type"), SCOPE("scope"), CATEGORIES("categories"), BRANDS("brands"),
	DOCUMENTS("documents"), REVIEW("review");

	static final String PATH = "/seller/application";

	private final String slug;

	ApplicationStep(String slug) {
		this.slug = slug;
	}

	String path() {
		return PATH + "/" + this.slug;
	}

	ApplicationStep next() {
		return (this == REVIEW) ? REVIEW : values()[ordinal() + 1];
	}

	static ApplicationStep ofSlug(String slug) {
		for (ApplicationStep step : values()) {
			if (step.slug.equals(slug)) {
				return step;
			}
		}
		throw new NotFoundException();
	}

	/** The step where a field (as a violation names it) is entered. */
	static ApplicationStep of(String slugOrField) {
		if (slugOrField.startsWith("salesPlan")) {
			return PLAN;
		}
		if (slugOrField.startsWith("storeType")) {
			return STORE_TYPE;
		}
		if (slugOrField.startsWith("businessScope")) {
			return SCOPE;
		}
		if (slugOrField.startsWith("categor") && !slugOrField.contains("--")) {
			return CATEGORIES;
		}
		if ((slugOrField.startsWith("brand") || slugOrField.startsWith("noBrand")) && !slugOrField.contains("--")) {
			return BRANDS;
		}
		if (slugOrField.contains("--") || slugOrField.startsWith("documents")) {
			return DOCUMENTS;
		}
		return REVIEW;
	}

}
