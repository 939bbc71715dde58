package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.justera.text.Names;

/**
 * The checkers (justerare) a cover names: one person a line ("Karin Ström" over "Göran Kjell"),
 * or several on one line, set apart by a comma, "och", a tab or the party after each name
 * ("Ulla Berggren (C) Mikael Sten (SD)"). Lines are read one by one, so two names without parties
 * on two lines stay two people.
 */
final class CheckerNames {

	private static final Pattern BETWEEN = Pattern.compile(",|\\s+och\\s+|\\t|(?<=\\))\\s+(?=\\p{Lu})");

	private CheckerNames() {
	}

	/** The names on the label's lines, in order, each once. */
	static List<String> read(List<String> lines) {
		List<String> names = new ArrayList<>();
		for (String line : lines) {
			// "Ulla Berggren (C) och" over "Mikael Sten (SD)": a line may end or begin on the word between
			String text = ProtocolLine.clean(line).strip().replaceAll("(?iu)(,|\\s+och)$|^(och\\s+|,)", "").strip();
			for (String part : BETWEEN.split(text)) {
				String name = Names.canonical(AttendeeReader.stripParty(part.replace('\t', ' ').strip()));
				if (!name.isEmpty() && !names.contains(name)) {
					names.add(name);
				}
			}
		}
		return names;
	}

}
