package se.justera.protocol;

import java.util.Locale;
import java.util.Map;

/** Counts written in words, as minutes write small tallies: "tjugoen ja-röster mot tolv nej-röster, två avstår". */
final class SwedishNumbers {

	private static final Map<String, Integer> ONES = Map.ofEntries(Map.entry("noll", 0), Map.entry("en", 1),
			Map.entry("ett", 1), Map.entry("två", 2), Map.entry("tre", 3), Map.entry("fyra", 4), Map.entry("fem", 5),
			Map.entry("sex", 6), Map.entry("sju", 7), Map.entry("åtta", 8), Map.entry("nio", 9), Map.entry("tio", 10),
			Map.entry("elva", 11), Map.entry("tolv", 12), Map.entry("tretton", 13), Map.entry("fjorton", 14),
			Map.entry("femton", 15), Map.entry("sexton", 16), Map.entry("sjutton", 17), Map.entry("arton", 18),
			Map.entry("nitton", 19));

	private static final Map<String, Integer> TENS = Map.of("tjugo", 20, "trettio", 30, "fyrtio", 40, "femtio", 50,
			"sextio", 60, "sjuttio", 70, "åttio", 80, "nittio", 90);

	/** One number word from noll to nittionio, for a regular expression (longest alternatives first). */
	static final String WORD = "(?:(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio)?"
			+ "|tretton|fjorton|femton|sexton|sjutton|arton|nitton|elva|tolv|tio|noll|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)(?!\\p{L})";

	private SwedishNumbers() {
	}

	/** The number a word stands for, or null when it is none (digits are not words). */
	static Integer value(String word) {
		String w = word.toLowerCase(Locale.ROOT).strip();
		if (ONES.containsKey(w)) {
			return ONES.get(w);
		}
		for (Map.Entry<String, Integer> tens : TENS.entrySet()) {
			if (w.startsWith(tens.getKey())) {
				String rest = w.substring(tens.getKey().length());
				if (rest.isEmpty()) {
					return tens.getValue();
				}
				Integer one = ONES.get(rest);
				return one != null && one > 0 && one < 10 ? tens.getValue() + one : null;
			}
		}
		return null;
	}

}
