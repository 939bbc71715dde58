package se.justera.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.justera.protocol.PdfPageLayout.Line;

/**
 * Running headers and footers, found by their repetition and not by their words: a line near the
 * top or bottom of the page whose text comes back at the same height on most pages, the same or
 * differing only in the page number ("Sida 3 (12)", "3 av 12"). A running header's first
 * occurrence stays (the cover's header names the body and the meeting date, which the reader uses
 * when the cover does not) and its repetitions are dropped; a running footer is dropped on every
 * page. The page structure stays in the form feeds.
 */
final class PdfRunningLines {

	/** How far from the top or bottom edge, as a share of the page height, a running line stands. */
	private static final float BAND = 0.18f;

	/** Two lines are at the same height within this many points. */
	private static final float SAME_HEIGHT = 4f;

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/** A paragraph heading ("§ 12", "KS § 12") may start page after page at the same height: it is never page furniture. */
	private static final Pattern PARAGRAPH = Pattern.compile("§\\s*\\d");

	private PdfRunningLines() {
	}

	private record Occurrence(int page, int index, Line line) {
	}

	/** The pages' lines without the repeated running headers and footers. */
	static List<List<Line>> drop(List<List<Line>> pages, List<Float> heights) {
		if (pages.size() < 2) {
			return pages;
		}
		Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
		for (int p = 0; p < pages.size(); p++) {
			float height = heights.get(p);
			List<Line> lines = pages.get(p);
			for (int i = 0; i < lines.size(); i++) {
				Line line = lines.get(i);
				boolean band = line.y() < BAND * height || line.y() > (1 - BAND) * height;
				String text = line.text().strip();
				if (band && !text.isEmpty() && !PARAGRAPH.matcher(text).find()) {
					String key = DIGITS.matcher(text).replaceAll("#").replaceAll("\\s+", " ");
					byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(p, i, line));
				}
			}
		}
		int needed = Math.max(2, (pages.size() + 1) / 2);
		Set<String> running = new HashSet<>();
		Set<String> firsts = new HashSet<>();
		for (List<Occurrence> occurrences : byKey.values()) {
			List<Occurrence> same = sameHeight(occurrences);
			if (same.stream().map(Occurrence::page).distinct().count() >= needed && numbersFollowPages(same)) {
				same.forEach(o -> running.add(o.page() + ":" + o.index()));
				firsts.add(same.get(0).page() + ":" + same.get(0).index());
			}
		}
		// furniture stands at the page's edge: only repeated lines with nothing but repeated lines between them
		// and the top or bottom (a heading that happens to repeat at the same height in the body stays)
		Set<String> dropped = new HashSet<>();
		for (int p = 0; p < pages.size(); p++) {
			List<Line> lines = pages.get(p);
			for (int i = 0; i < lines.size() && running.contains(p + ":" + i); i++) {
				if (!firsts.contains(p + ":" + i)) {
					dropped.add(p + ":" + i);
				}
			}
			for (int i = lines.size() - 1; i >= 0 && running.contains(p + ":" + i); i--) {
				// a footer says nothing the reader needs: its first occurrence goes too
				dropped.add(p + ":" + i);
			}
		}
		List<List<Line>> kept = new ArrayList<>();
		for (int p = 0; p < pages.size(); p++) {
			List<Line> lines = new ArrayList<>();
			for (int i = 0; i < pages.get(p).size(); i++) {
				if (!dropped.contains(p + ":" + i)) {
					lines.add(pages.get(p).get(i));
				}
			}
			kept.add(lines);
		}
		return kept;
	}

	/** The occurrences at the height most of them share, one per page. */
	private static List<Occurrence> sameHeight(List<Occurrence> occurrences) {
		List<Occurrence> best = List.of();
		for (Occurrence candidate : occurrences) {
			List<Occurrence> same = new ArrayList<>();
			Set<Integer> pages = new HashSet<>();
			for (Occurrence o : occurrences) {
				if (Math.abs(o.line().y() - candidate.line().y()) <= SAME_HEIGHT && pages.add(o.page())) {
					same.add(o);
				}
			}
			if (same.size() > best.size()) {
				best = same;
			}
		}
		return best;
	}

	/**
	 * Lines that differ only in digits are running lines only when the digits that differ count
	 * the pages (page number plus a constant): "§ 12" at the top of every page is not a header.
	 */
	private static boolean numbersFollowPages(List<Occurrence> running) {
		List<List<Integer>> numbers = new ArrayList<>();
		for (Occurrence o : running) {
			List<Integer> found = new ArrayList<>();
			Matcher m = DIGITS.matcher(o.line().text());
			while (m.find() && found.size() < 8) {
				found.add(m.group().length() > 6 ? -1 : Integer.parseInt(m.group()));
			}
			numbers.add(found);
		}
		int count = numbers.get(0).size();
		if (numbers.stream().anyMatch(n -> n.size() != count)) {
			return false;
		}
		for (int k = 0; k < count; k++) {
			boolean varies = false;
			for (List<Integer> n : numbers) {
				varies |= !n.get(k).equals(numbers.get(0).get(k));
			}
			if (!varies) {
				continue;
			}
			int offset = numbers.get(0).get(k) - running.get(0).page();
			for (int o = 0; o < running.size(); o++) {
				if (numbers.get(o).get(k) - running.get(o).page() != offset) {
					return false;
				}
			}
		}
		return true;
	}

}
