package io.kaidian.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.houbb.sensitive.word.api.IWordResult;
import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.result.WordResultHandlers;
import com.github.houbb.sensitive.word.support.tag.WordTags;

/**
 * One immutable snapshot of the dictionaries, ready to match: a sensitive-word instance
 * over our terms only (its built-in dictionaries, allow-list and tags switched off), our
 * {@link TextNormaliser} in front of it, for some contexts our {@link Segmenter} between
 * them, and our {@link WordBoundaryCheck} inside it. Thread-safe.
 */
final class TermMatcher {

	private static final Comparator<Hit> TEXT_ORDER = Comparator.comparingInt(Hit::start)
		.thenComparingInt(Hit::end)
		.thenComparing(Hit::list)
		.thenComparing(Hit::term);

	private final SensitiveWordBs words;

	private final Map<String, List<ScreeningTerm>> termsByKey;

	private final WordBoundaryCheck check;

	private final Segmenter segmenter;

	private TermMatcher(SensitiveWordBs words, Map<String, List<ScreeningTerm>> termsByKey, WordBoundaryCheck check,
			Segmenter segmenter) {
		this.words = words;
		this.termsByKey = termsByKey;
		this.check = check;
		this.segmenter = segmenter;
	}

	static TermMatcher of(Collection<ScreeningTerm> terms, ScreeningProperties.Segmentation segmentation) {
		Map<String, List<ScreeningTerm>> termsByKey = new HashMap<>();
		for (ScreeningTerm term : new LinkedHashSet<>(terms)) {
			String key = TextNormaliser.term(term.term());
			if (!key.isEmpty()) {
				termsByKey.computeIfAbsent(key, (k) -> new ArrayList<>(1)).add(term);
			}
		}
		List<String> keys = List.copyOf(termsByKey.keySet());
		WordBoundaryCheck check = WordBoundaryCheck.of(keys);
		SensitiveWordBs words = SensitiveWordBs.newInstance()
			.wordDeny(() -> keys)
			.wordAllow(WordAllows.empty())
			.wordTag(WordTags.none())
			// our normaliser has folded everything but case, which the boundary rule
			// reads
			.ignoreCase(true)
			.ignoreWidth(false)
			.ignoreNumStyle(false)
			.ignoreChineseStyle(false)
			.ignoreEnglishStyle(false)
			.ignoreRepeat(false)
			.enableNumCheck(false)
			.enableEmailCheck(false)
			.enableUrlCheck(false)
			.enableIpv4Check(false)
			.enableWordCheck(true)
			.wordCheckCombine((context) -> check)
			.init();
		return new TermMatcher(words, termsByKey, check, Segmenter.of(keys, segmentation, check));
	}

	int size() {
		return this.termsByKey.size();
	}

	/**
	 * Every term in the text, in text order. The text is matched as it is and, when it
	 * has look-alike digits or signs, once for each reading of them.
	 * @param split whether run-together Latin words are split first ({@link Segmenter})
	 */
	List<Hit> find(String text, boolean split) {
		if (text.isEmpty()) {
			return List.of();
		}
		Set<Hit> hits = new LinkedHashSet<>();
		TextNormaliser.Skeleton plain = TextNormaliser.skeleton(text, TextNormaliser.Leet.NONE);
		collect(text, plain, split, false, hits);
		if (plain.leetCandidates()) {
			collect(text, TextNormaliser.skeleton(text, TextNormaliser.Leet.ONE_AS_I), split, true, hits);
			if (plain.hasOne()) {
				collect(text, TextNormaliser.skeleton(text, TextNormaliser.Leet.ONE_AS_L), split, true, hits);
			}
		}
		if (hits.isEmpty()) {
			return List.of();
		}
		List<Hit> ordered = new ArrayList<>(hits);
		ordered.sort(TEXT_ORDER);
		return ordered;
	}

	private void collect(String text, TextNormaliser.Skeleton folded, boolean split, boolean lookAlikePass,
			Set<Hit> hits) {
		if (folded.text().isEmpty()) {
			return;
		}
		TextNormaliser.Skeleton skeleton = split ? this.segmenter.split(folded, text, lookAlikePass) : folded;
		if (!this.check.mayFindAny(skeleton.text())) {
			return;
		}
		for (IWordResult found : this.words.findAll(skeleton.text(), WordResultHandlers.raw())) {
			List<ScreeningTerm> terms = this.termsByKey.getOrDefault(skeleton.key(found.startIndex(), found.endIndex()),
					List.of());
			int start = skeleton.starts()[found.startIndex()];
			int end = skeleton.ends()[found.endIndex() - 1];
			String matched = text.substring(start, end);
			for (ScreeningTerm term : terms) {
				hits.add(new Hit(term.term(), term.list(), matched, start, end));
			}
		}
	}

}
