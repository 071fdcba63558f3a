package io.kaidian.screening;

import java.util.List;

/** Where {@link Screening} reads the dictionaries from. */
interface DictionarySource {

	/** A number that changes whenever a term is added or removed. */
	long version();

	/** Every term of both lists. */
	List<ScreeningTerm> terms();

	/** A dictionary that never changes: for benchmarks and tests. */
	record Fixed(List<ScreeningTerm> terms) implements DictionarySource {

		public Fixed {
			terms = List.copyOf(terms);
		}

		@Override
		public long version() {
			return 0;
		}

	}

}
