package se.justera.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderCharactersTests {

	// StrictHttpFirewall's own patterns (spring-security-web 7.0), which HeaderCharacters replaces
	private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsTheFirewallsPatternsJudgeIt() {
		List<String> differences = new ArrayList<>();

		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String s = "a" + Character.toString(codePoint) + "b";
			if (HeaderCharacters.NAMES.test(s) != NAMES.matcher(s).matches()
					|| HeaderCharacters.VALUES.test(s) != VALUES.matcher(s).matches()) {
				differences.add(Integer.toHexString(codePoint));
			}
		}

		assertThat(differences).isEmpty();
	}

	@Test
	void aTabIsAllowedInValuesOnly() {
		assertThat(HeaderCharacters.VALUES.test("a\tb")).isTrue();
		assertThat(HeaderCharacters.NAMES.test("a\tb")).isFalse();
	}

	@Test
	void loneSurrogatesAndPairsAreJudgedAsThePatternsJudgeThem() {
		List<String> samples = List.of("\uD83D\uDE00", "x\uD83D", "\uDE00x", "\uD83D\uD83D", "Bearer eyJ\u0085", "\u00e5\u00e4\u00f6");

		assertThat(samples).allSatisfy(s -> {
			assertThat(HeaderCharacters.NAMES.test(s)).as(s).isEqualTo(NAMES.matcher(s).matches());
			assertThat(HeaderCharacters.VALUES.test(s)).as(s).isEqualTo(VALUES.matcher(s).matches());
		});
	}

}
