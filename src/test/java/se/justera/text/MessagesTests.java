package se.justera.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's own messages: every key in English and in Swedish, with the same arguments, numbers written per language. */
class MessagesTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

	@Test
	void everyKeyHasASwedishAndAnEnglishTextWithTheSameArguments() throws IOException {
		Properties english = bundle("i18n/Justera.properties");
		Properties swedish = bundle("i18n/Justera_sv.properties");

		assertThat(swedish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (String key : english.stringPropertyNames()) {
			assertThat(arguments(swedish.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
			assertThat(swedish.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
		}
	}

	@Test
	void anEnglishMessageWritesItsNumbersAsEnglishDoes() {
		assertThat(Messages.text("filter.olderThanDays", Language.ENGLISH, 36500, 2147483647))
			.isEqualTo("filter.olderThanDays must be between 0 and 36,500, was 2,147,483,647");
		assertThat(Messages.text("upload.flag", Language.ENGLISH, "confirmMunicipality", "ja"))
			.isEqualTo("The form field 'confirmMunicipality' is true or false, not 'ja'");
	}

	@Test
	void aSwedishMessageWritesItsNumbersAsSwedishDoes() {
		assertThat(Messages.text("filter.olderThanDays", Language.SWEDISH, 36500, 2147483647))
			.isEqualTo("filter.olderThanDays ska vara mellan 0 och 36\u00a0500, var 2\u00a0147\u00a0483\u00a0647");
		assertThat(Messages.text("upload.flag", Language.SWEDISH, "confirmMunicipality", "ja"))
			.isEqualTo("Formulärfältet 'confirmMunicipality' är true eller false, inte 'ja'");
	}

	private static Set<String> arguments(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties bundle(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
