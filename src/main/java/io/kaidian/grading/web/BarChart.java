package io.kaidian.grading.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server for an SVG the template draws (no script, no inline
 * style: the Content-Security-Policy allows neither).
 *
 * @param width the drawing's width
 * @param height the drawing's height, labels included
 * @param bars the bars, left to right
 */
record BarChart(int width, int height, List<Bar> bars) {

	static final int BAR = 36;

	static final int GAP = 12;

	static final int PLOT = 160;

	static final int TOP = 20;

	/**
	 * One bar.
	 *
	 * @param x left edge
	 * @param y top edge
	 * @param width width
	 * @param height height
	 * @param label under the bar
	 * @param value above the bar
	 * @param labelX the centre, where the texts are anchored
	 * @param valueY where the value is written
	 * @param labelY where the label is written
	 * @param kind a class for its colour
	 */
	record Bar(int x, int y, int width, int height, String label, String value, int labelX, int valueY, int labelY,
			String kind) {
	}

	/** Bars for the values, scaled to the largest of them and to {@code max} at least. */
	static BarChart of(List<String> labels, List<Long> values, List<String> shown, List<String> kinds, long max) {
		long top = Math.max(max, values.stream().mapToLong(Long::longValue).max().orElse(0));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			int height = top == 0 ? 0 : (int) Math.round((double) values.get(i) * PLOT / top);
			int x = GAP + i * (BAR + GAP);
			int y = TOP + PLOT - height;
			bars.add(new Bar(x, y, BAR, Math.max(height, 1), labels.get(i), shown.get(i), x + BAR / 2, y - 4,
					TOP + PLOT + 16, kinds.get(i)));
		}
		return new BarChart(GAP + values.size() * (BAR + GAP), TOP + PLOT + 24, bars);
	}

}
