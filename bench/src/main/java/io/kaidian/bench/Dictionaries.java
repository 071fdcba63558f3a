package io.kaidian.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic test data for the screening benchmarks: a dictionary of any size and
 * store-name-like inputs. The same seed always gives the same data, so figures from
 * different runs and machines compare; nothing is read from a file.
 */
public final class Dictionaries {

	/** The seed of the dictionary in docs/benchmarks.md. */
	public static final long TERM_SEED = 20261125L;

	/** The seed of the inputs in docs/benchmarks.md. */
	public static final long INPUT_SEED = 5L;

	private static final String[] SYLLABLES = { "ka", "lo", "ri", "ven", "tor", "mi", "sa", "del", "qu", "zan",
			"bel", "ro", "ni", "fa", "gu", "pe", "sti", "mar", "lux", "or", "ta", "vi", "chen", "hua", "xin", "bo",
			"ly", "dra", "ex", "ion", "ar", "mo", "ze", "pri", "co", "ul", "jin", "wei", "tek", "sun" };

	/** Common Chinese characters store names are made of. */
	private static final String HAN = "金华美新天龙盛达兴宏隆福星光明东方中国海山源鑫泰安利信德佳优品尚雅博康乐家园"
			+ "丰顺恒通发强汇宝晶锦绣华彩云凤祥瑞和贸易电子服饰鞋包数码家居食品茶酒珠宝手表眼镜母婴玩具运动户外";

	private static final String[] WORDS = { "Golden", "Harbor", "Trading", "Store", "Shop", "Outlet", "Fashion",
			"Digital", "Home", "Living", "Sports", "Outdoor", "Beauty", "Global", "Express", "Select", "Boutique",
			"Mall", "Direct", "Factory", "Studio", "Market", "Premium", "Official", "Design", "Kids", "Garden",
			"Essex", "Sussex", "Scunthorpe", "Pineapple", "Co.", "Ltd.", "&", "-", "No.1", "2024" };

	private static final String[] SUFFIXES = { "旗舰店", "专卖店", "专营店", "小店", "工厂店", "" };

	/** What email local parts are made of: shop words, pinyin and English names. */
	private static final String[] LOCAL_WORDS = { "official", "store", "shop", "outlet", "best", "global", "trading",
			"home", "tea", "garden", "flowers", "farm", "digital", "fashion", "sports", "essex", "scunthorpe",
			"therapist", "analysis", "pineapple", "zhang", "wei", "li", "xiao", "ming", "wang", "fang", "chen", "liu",
			"john", "mary", "smith", "jones", "info", "sales", "service" };

	private Dictionaries() {
	}

	/**
	 * {@code count} distinct terms: about 60 % invented one-word names (4 to 12 Latin
	 * letters), 15 % two-word names, 25 % Chinese terms of 2 to 4 characters from the whole
	 * CJK Unified Ideographs block (as a real dictionary's are: drawn only from the common
	 * characters store names use, they would cover nearly every pair of them).
	 */
	public static List<String> terms(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Set<String> terms = new LinkedHashSet<>();
		while (terms.size() < count) {
			int kind = random.nextInt(100);
			String term;
			if (kind < 60) {
				term = word(random);
			}
			else if (kind < 75) {
				term = capitalised(word(random)) + " " + capitalised(word(random));
			}
			else {
				term = anyHan(random, 2 + random.nextInt(3));
			}
			terms.add(term);
		}
		return new ArrayList<>(terms);
	}

	/**
	 * {@code count} store names of exactly 64 characters: Latin words, Chinese words and a
	 * store-type suffix; about one in five contains a dictionary term, half of those
	 * disguised (upper case, dotted, full width).
	 */
	public static List<String> storeNames(int count, List<String> terms, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> names = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			StringBuilder name = new StringBuilder();
			if (random.nextInt(5) == 0) {
				name.append(disguised(terms.get(random.nextInt(terms.size())), random)).append(' ');
			}
			while (name.length() < 64) {
				switch (random.nextInt(4)) {
					case 0, 1 -> name.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
					case 2 -> name.append(han(random, 2 + random.nextInt(4)));
					default -> name.append(han(random, 2)).append(SUFFIXES[random.nextInt(SUFFIXES.length)]).append(' ');
				}
			}
			names.add(name.substring(0, 64));
		}
		return names;
	}

	/**
	 * {@code count} email local parts as sellers write them: lower case, two or three
	 * words run together, sometimes a dot or a number; about one in five holds a
	 * dictionary term run together with the words ({@code kalorivenstore}).
	 */
	public static List<String> localParts(int count, List<String> terms, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> localParts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			StringBuilder local = new StringBuilder();
			int words = 2 + random.nextInt(2);
			int withTerm = (random.nextInt(5) == 0) ? random.nextInt(words) : -1;
			for (int w = 0; w < words; w++) {
				if (w == withTerm) {
					local.append(terms.get(random.nextInt(terms.size())).replace(" ", "").toLowerCase(Locale.ROOT));
				}
				else {
					local.append(LOCAL_WORDS[random.nextInt(LOCAL_WORDS.length)]);
				}
				if (w < words - 1 && random.nextInt(6) == 0) {
					local.append('.');
				}
			}
			if (random.nextInt(3) == 0) {
				local.append(1960 + random.nextInt(66));
			}
			localParts.add(local.toString());
		}
		return localParts;
	}

	private static String disguised(String term, SplittableRandom random) {
		return switch (random.nextInt(4)) {
			case 0 -> term.toUpperCase(Locale.ROOT);
			case 1 -> String.join(".", term.split(""));
			case 2 -> fullWidth(term);
			default -> term;
		};
	}

	private static String fullWidth(String term) {
		StringBuilder wide = new StringBuilder(term.length());
		for (char c : term.toCharArray()) {
			wide.append((c > ' ' && c < 0x7F) ? (char) (c - 0x21 + 0xFF01) : c);
		}
		return wide.toString();
	}

	private static String word(SplittableRandom random) {
		StringBuilder word = new StringBuilder();
		int syllables = 2 + random.nextInt(3);
		for (int i = 0; i < syllables; i++) {
			word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}

	private static String han(SplittableRandom random, int length) {
		StringBuilder han = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			han.append(HAN.charAt(random.nextInt(HAN.length())));
		}
		return han.toString();
	}

	private static String anyHan(SplittableRandom random, int length) {
		StringBuilder han = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			han.append((char) random.nextInt(0x4E00, 0x9FA6));
		}
		return han.toString();
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
