package io.kaidian.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evaluation set of R-REG-5 screening on email local parts (docs/benchmarks.md,
 * "Screening: run-together local parts"): local parts as sellers write them, lower case
 * and run together, half of them holding a dictionary term, generated deterministically
 * (the same seed always gives the same set).
 * <p>
 * The dictionary is the seeded one ({@code V5__screening_dictionaries.sql}) plus four
 * English words that are the classic traps of substring matching ({@link #TRAP_TERMS}).
 * Clean local parts are made of words and names that are no term, many of them holding a
 * term as a substring ({@code essexflowers}, {@code therapistjones},
 * {@code heroinegarden}, {@code pineapplefarm}); those holding a term join it to shop
 * words, other terms' traps, Chinese and English names, digits, and sometimes a run of
 * letters that is no word.
 */
final class LocalPartCorpus {

	/** The seed of the set in docs/benchmarks.md. */
	static final long SEED = 20261203L;

	/**
	 * Prohibited words whose letters hide in ordinary words: Essex, Scunthorpe,
	 * therapist, analysis.
	 */
	static final List<String> TRAP_TERMS = List.of("sex", "cunt", "rapist", "anal");

	private static final Path SEED_MIGRATION = Path
		.of("src/main/resources/db/migration/V5__screening_dictionaries.sql");

	private static final Pattern SEED_ROW = Pattern.compile("\\('([^']+)', '[^']+', '(PROHIBITED|PROTECTED_BRAND)'\\)");

	/** Words a shop's email is made of; none is a term. */
	private static final String[] SHOP_WORDS = { "official", "store", "shop", "outlet", "cheap", "best", "sale",
			"watches", "bags", "shoes", "online", "mall", "china", "direct", "world", "deals", "fashion", "club",
			"trade", "global", "house", "factory", "express", "top", "new", "real", "original", "luxury", "discount",
			"center", "market", "buy", "my", "the", "super", "hot", "vip", "king", "star", "gold", "lucky", "happy",
			"green", "blue", "dragon", "garden", "tea", "flowers", "farm", "books", "kitchen", "travel", "sports",
			"music", "photo", "home", "family", "studio", "design", "trading", "tech", "digital", "baby", "kids",
			"beauty", "hair", "coffee", "wine", "fruit", "fresh", "organic", "craft", "art", "wood", "print", "smart",
			"auto", "bike", "fishing", "yoga", "fitness", "piano", "guitar" };

	/** Ordinary words and places holding a term's letters. */
	private static final String[] TRAPS = { "essex", "sussex", "middlesex", "scunthorpe", "therapist", "therapists",
			"analysis", "analyst", "canal", "banal", "pineapple", "grapple", "appleton", "heroine", "heroines",
			"diorama", "allegory", "sextant", "sexton", "sextet", "cocktail", "classic", "assassin", "passage", "nikon",
			"nikolai", "veronika", "sonya", "annalisa", "hermitage", "thermal", "legolas", "cassandra", "analog",
			"analogue", "therapy", "psychotherapist", "dickens", "matsushita", "assam", "arsenal", "hancock" };

	/** Given names and surnames, Chinese in pinyin and English. */
	private static final String[] NAMES = { "zhang", "wei", "li", "xiao", "ming", "wang", "fang", "chen", "jing", "liu",
			"yang", "huang", "zhao", "zhou", "wu", "xu", "lin", "guo", "ma", "hu", "zhu", "gao", "song", "zheng", "han",
			"tang", "feng", "yu", "dong", "cheng", "john", "mary", "david", "james", "sarah", "emma", "lucas", "amelia",
			"jack", "harry", "oscar", "smith", "jones", "taylor", "wilson", "brown", "evans", "roberts" };

	private static final String LETTERS = "bcdfghjklmnpqrstvwxz";

	private static final String CONSONANTS = "bcdfghjklmnprstvyz";

	private static final String VOWELS = "aeiou";

	private LocalPartCorpus() {
	}

	/**
	 * One local part of the set.
	 *
	 * @param localPart what a seller would type before the {@code @}
	 * @param term the planted term as the dictionary has it, or {@code null} for a clean
	 * one
	 */
	record Sample(String localPart, String term) {

		boolean holdsTerm() {
			return this.term != null;
		}

	}

	/**
	 * The dictionary the set is screened against: the seeded terms and the trap terms.
	 */
	static List<ScreeningTerm> dictionary() {
		List<ScreeningTerm> terms = new ArrayList<>();
		Matcher row = SEED_ROW.matcher(seedMigration());
		while (row.find()) {
			terms.add(new ScreeningTerm(row.group(1), TermList.valueOf(row.group(2))));
		}
		TRAP_TERMS.forEach((term) -> terms.add(ScreeningTerm.prohibited(term)));
		return terms;
	}

	/** {@code size} samples: the first half hold a term, the second half are clean. */
	static List<Sample> samples(int size, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> latinTerms = dictionary().stream()
			.map((term) -> TextNormaliser.term(term.term()))
			.filter(Lexicon::isLowerLatin)
			.distinct()
			.toList();
		Set<Sample> samples = new LinkedHashSet<>();
		while (samples.size() < size / 2) {
			String term = latinTerms.get(random.nextInt(latinTerms.size()));
			samples.add(new Sample(withTerm(term, random), term));
		}
		while (samples.size() < size) {
			samples.add(new Sample(clean(random), null));
		}
		return List.copyOf(samples);
	}

	private static String withTerm(String term, SplittableRandom random) {
		String local = switch (random.nextInt(9)) {
			case 0, 1 -> term + pick(SHOP_WORDS, random);
			case 2, 3 -> pick(SHOP_WORDS, random) + term;
			case 4 -> pick(SHOP_WORDS, random) + term + pick(SHOP_WORDS, random);
			case 5 -> name(random) + term;
			case 6 -> term + pick(TRAPS, random);
			case 7 -> invented(random) + term;
			default -> term + unknownWord(random);
		};
		return withDigits(local, random);
	}

	private static String clean(SplittableRandom random) {
		String local = switch (random.nextInt(8)) {
			case 0, 1 -> pick(TRAPS, random) + pick(SHOP_WORDS, random);
			case 2 -> pick(SHOP_WORDS, random) + pick(TRAPS, random);
			case 3 -> name(random) + pick(TRAPS, random);
			case 4 -> name(random) + pick(SHOP_WORDS, random);
			case 5 -> invented(random);
			case 6 -> invented(random) + pick(SHOP_WORDS, random);
			default -> pick(TRAPS, random) + unknownWord(random);
		};
		return withDigits(local, random);
	}

	private static String name(SplittableRandom random) {
		return (random.nextInt(4) == 0) ? pick(NAMES, random).substring(0, 1) + pick(NAMES, random)
				: pick(NAMES, random) + pick(NAMES, random);
	}

	/**
	 * A name no word list has: two to four syllables of a consonant and a vowel, some
	 * closed by {@code n} ({@code kolasen}, {@code vimaru}).
	 */
	private static String invented(SplittableRandom random) {
		StringBuilder name = new StringBuilder();
		int syllables = 2 + random.nextInt(3);
		for (int i = 0; i < syllables; i++) {
			name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
				.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
			if (random.nextInt(4) == 0) {
				name.append('n');
			}
		}
		return name.toString();
	}

	/** Two to four letters that are no word: an abbreviation, initials. */
	private static String unknownWord(SplittableRandom random) {
		StringBuilder word = new StringBuilder();
		int length = 2 + random.nextInt(3);
		for (int i = 0; i < length; i++) {
			word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
		}
		return word.toString();
	}

	private static String withDigits(String local, SplittableRandom random) {
		return switch (random.nextInt(4)) {
			case 0 -> local + (1960 + random.nextInt(66));
			case 1 -> local + random.nextInt(100);
			default -> local;
		};
	}

	private static String pick(String[] words, SplittableRandom random) {
		return words[random.nextInt(words.length)];
	}

	private static String seedMigration() {
		try {
			return Files.readString(SEED_MIGRATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
