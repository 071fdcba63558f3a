package io.kaidian.review;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the owning module shows the reviewer about a case: review never reads other
 * modules' data, the owner hands it this description when it opens the case.
 *
 * @param summary the submitted data, field by field, as the reviewer should read them (ID
 * numbers masked)
 * @param documents the documents to look at
 * @param flags results of automated checks
 * @param items the items decided one by one ({@code category:<code>},
 * {@code brand:<index>}); empty when the case is decided as a whole
 * @param changes what changed since the previous attempt's decision
 */
public record ReviewSubject(List<Field> summary, List<Document> documents, List<Flag> flags, List<String> items,
		List<Change> changes) {

	public ReviewSubject {
		summary = List.copyOf(summary);
		documents = List.copyOf(documents);
		flags = List.copyOf(flags);
		items = List.copyOf(items);
		changes = List.copyOf(changes);
	}

	/**
	 * @param name the field's name, e.g. {@code personName}
	 * @param value what the seller entered (masked where personal)
	 */
	public record Field(String name, @Nullable String value) {
	}

	/**
	 * @param kind the document kind, e.g. {@code ID_FRONT}
	 * @param link where the reviewer opens it (each view is recorded by the documents
	 * module)
	 * @param status e.g. {@code NEW}, {@code CARRIED_OVER} (accepted before, unchanged)
	 */
	public record Document(String kind, String link, String status) {
	}

	/**
	 * @param code the check, e.g. {@code ID_NUMBER_CHECKSUM}
	 * @param passed whether it passed
	 * @param detail what it found
	 */
	public record Flag(String code, boolean passed, @Nullable String detail) {
	}

	/**
	 * @param field what changed
	 * @param before the value at the last decision
	 * @param after the value now
	 */
	public record Change(String field, @Nullable String before, @Nullable String after) {
	}

}
