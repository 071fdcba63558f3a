package io.kaidian.exam;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Draws an attempt's questions from the bank (R-EXAM-2; docs/guide/exam.md): each topic
 * gets its share of the questions in proportion to its weight (largest remainder, ties
 * broken at random, so that over many attempts every topic gets its exact proportion),
 * and the questions of a topic are drawn uniformly without repetition. A topic with fewer
 * questions than its share gives all it has, and the rest is shared among the other
 * weighted topics in the same proportions; with too few questions in all the attempt is
 * shorter. A topic of weight 0 is never drawn.
 */
final class QuestionDraw {

	private QuestionDraw() {
	}

	/** How many questions of each topic an attempt of {@code size} questions takes. */
	static Map<Topic, Integer> shares(int size, Map<Topic, Integer> weights, Map<Topic, Integer> available,
			RandomGenerator random) {
		Map<Topic, Integer> shares = new EnumMap<>(Topic.class);
		List<Topic> open = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			shares.put(topic, 0);
			if (weights.getOrDefault(topic, 0) > 0 && available.getOrDefault(topic, 0) > 0) {
				open.add(topic);
			}
		}
		int remaining = size;
		while (remaining > 0 && !open.isEmpty()) {
			Map<Topic, Integer> split = split(remaining, open, weights, random);
			for (Topic topic : List.copyOf(open)) {
				int room = available.get(topic) - shares.get(topic);
				int given = Math.min(split.get(topic), room);
				shares.merge(topic, given, Integer::sum);
				remaining -= given;
				if (given == room) {
					open.remove(topic);
				}
			}
		}
		return shares;
	}

	/** Splits {@code count} among the topics by weight, by largest remainder. */
	private static Map<Topic, Integer> split(int count, List<Topic> topics, Map<Topic, Integer> weights,
			RandomGenerator random) {
		long total = topics.stream().mapToLong(weights::get).sum();
		Map<Topic, Integer> split = new EnumMap<>(Topic.class);
		List<Topic> byRemainder = new ArrayList<>(topics);
		shuffle(byRemainder, random);
		int given = 0;
		for (Topic topic : topics) {
			int whole = (int) (count * weights.get(topic) / total);
			split.put(topic, whole);
			given += whole;
		}
		// the largest remainders first; the shuffle above breaks ties at random
		byRemainder.sort((a, b) -> Long.compare(count * weights.get(b) % total, count * weights.get(a) % total));
		for (int i = 0; i < count - given; i++) {
			split.merge(byRemainder.get(i), 1, Integer::sum);
		}
		return split;
	}

	/**
	 * The questions of an attempt: each topic's share drawn at random from the bank's
	 * current questions, in a random order.
	 */
	static List<Question> draw(int size, Map<Topic, Integer> weights, List<Question> bank, RandomGenerator random) {
		Map<Topic, List<Question>> byTopic = new EnumMap<>(Topic.class);
		bank.forEach((question) -> byTopic.computeIfAbsent(question.topic(), (t) -> new ArrayList<>()).add(question));
		Map<Topic, Integer> available = new EnumMap<>(Topic.class);
		byTopic.forEach((topic, questions) -> available.put(topic, questions.size()));
		Map<Topic, Integer> shares = shares(size, weights, available, random);
		List<Question> drawn = new ArrayList<>();
		shares.forEach((topic, share) -> {
			if (share > 0) {
				List<Question> pool = new ArrayList<>(byTopic.get(topic));
				shuffle(pool, random);
				drawn.addAll(pool.subList(0, share));
			}
		});
		shuffle(drawn, random);
		return drawn;
	}

	/** Fisher–Yates. */
	static <T> void shuffle(List<T> items, RandomGenerator random) {
		for (int i = items.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swapped = items.get(i);
			items.set(i, items.get(j));
			items.set(j, swapped);
		}
	}

}
