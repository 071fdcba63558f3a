package io.kaidian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.kaidian.screening.Screening;
import io.kaidian.screening.ScreeningContext;
import io.kaidian.screening.ScreeningResult;
import io.kaidian.screening.ScreeningTerm;

/**
 * {@code Screening.check} on 64-character store names and on run-together email local
 * parts (split into words first, R-REG-5) against a 100,000-term dictionary
 * ({@link Dictionaries}), side by side with a plain sensitive-word instance holding the
 * same words with its default settings ({@code findAll}) on the same inputs. Throughput:
 * checks per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms3g", "-Xmx3g" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ScreeningBenchmark {

	@Param("100000")
	int terms;

	@Param("1024")
	int inputs;

	private Screening screening;

	private SensitiveWordBs sensitiveWord;

	private String[] names;

	private String[] localParts;

	@Setup(Level.Trial)
	public void setUp() {
		List<String> words = Dictionaries.terms(this.terms, Dictionaries.TERM_SEED);
		List<ScreeningTerm> dictionary = new ArrayList<>(words.size());
		for (int i = 0; i < words.size(); i++) {
			dictionary.add((i % 2 == 0) ? ScreeningTerm.protectedBrand(words.get(i))
					: ScreeningTerm.prohibited(words.get(i)));
		}
		this.screening = Screening.of(dictionary);
		this.sensitiveWord = SensitiveWordBs.newInstance().wordDeny(() -> words).init();
		this.names = Dictionaries.storeNames(this.inputs, words, Dictionaries.INPUT_SEED).toArray(String[]::new);
		this.localParts = Dictionaries.localParts(this.inputs, words, Dictionaries.INPUT_SEED).toArray(String[]::new);
	}

	/** Walks through the inputs, one per call, separately for each thread. */
	@State(Scope.Thread)
	public static class Cursor {

		private int next;

		String next(String[] names) {
			String name = names[this.next];
			this.next = (this.next + 1) % names.length;
			return name;
		}

	}

	@Benchmark
	public ScreeningResult screening(Cursor cursor) {
		return this.screening.check(cursor.next(this.names), ScreeningContext.STORE_NAME);
	}

	@Benchmark
	public List<String> sensitiveWordDefaults(Cursor cursor) {
		return this.sensitiveWord.findAll(cursor.next(this.names));
	}

	/** Email local parts, their run-together words split before matching. */
	@Benchmark
	public ScreeningResult screeningLocalPart(Cursor cursor) {
		return this.screening.check(cursor.next(this.localParts), ScreeningContext.EMAIL_LOCAL_PART);
	}

	@Benchmark
	public List<String> sensitiveWordDefaultsLocalPart(Cursor cursor) {
		return this.sensitiveWord.findAll(cursor.next(this.localParts));
	}

	/*
	 * The same pairs side by side: one thread each, at the same time, so both see the same
	 * load on a shared machine and their ratio holds even when the absolute figures do not
	 * (run with -t 2, one thread per method).
	 */

	@Benchmark
	@Group("sideBySideNames")
	@GroupThreads(1)
	public ScreeningResult sideBySideNamesScreening(Cursor cursor) {
		return screening(cursor);
	}

	@Benchmark
	@Group("sideBySideNames")
	@GroupThreads(1)
	public List<String> sideBySideNamesSensitiveWord(Cursor cursor) {
		return sensitiveWordDefaults(cursor);
	}

	@Benchmark
	@Group("sideBySideLocalParts")
	@GroupThreads(1)
	public ScreeningResult sideBySideLocalPartsScreening(Cursor cursor) {
		return screeningLocalPart(cursor);
	}

	@Benchmark
	@Group("sideBySideLocalParts")
	@GroupThreads(1)
	public List<String> sideBySideLocalPartsSensitiveWord(Cursor cursor) {
		return sensitiveWordDefaultsLocalPart(cursor);
	}

}
