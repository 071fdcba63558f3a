package io.kaidian.settlement.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The brands step's post.
 *
 * @param brands the rows, {@code brands[0].name} …
 * @param noBrand "no brand" ticked
 * @param action {@code save} (default), {@code add}, or {@code remove:<index>}
 */
record BrandsForm(@Nullable List<BrandRow> brands, @Nullable Boolean noBrand, @Nullable String action) {

	List<BrandRow> rows() {
		return (this.brands != null) ? this.brands.stream().map((b) -> (b != null) ? b : BrandRow.EMPTY).toList()
				: List.of();
	}

	boolean unbranded() {
		return Boolean.TRUE.equals(this.noBrand);
	}

}
