package se.justera.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import se.justera.meeting.AttendanceRole;

/**
 * The words of Swedish minutes the reader matches, as data ({@code reader/vocabulary.yaml}): the
 * cover page's labels and what each one's value is, the headings that start the notice and the
 * agenda, the abbreviations that stand before a paragraph's number and the words of an attendee's
 * role. A municipality with words of its own gets an overlay
 * ({@code reader/municipalities/<name>.yaml}) whose lists are added.
 *
 * @param labels cover labels (lower case) to the kind of their value
 * @param noticeHeadings lines that start the notice of checked minutes
 * @param agendaHeadings lines that start the agenda
 * @param abbreviations what may stand before a paragraph number in its heading ("KF § 12", "Sn 12")
 * @param sections a paragraph's section headings (lower case) to what the section is
 * @param furniture page headers and footers, each a regular expression matching a whole cell
 * @param roles the words of an attendee's role, each a regular expression matching one whole
 *     comma-separated part of what follows the name, in the order they are tried
 * @param delegatedDecisionTitles titles of paragraphs that report delegated decisions, each a
 *     regular expression matching the whole title
 * @param messageTitles titles of paragraphs that report messages, each a regular expression
 *     matching the whole title
 */
record Vocabulary(Map<String, CoverField> labels, List<String> noticeHeadings, List<String> agendaHeadings,
		List<String> abbreviations, Map<String, Section> sections, List<String> furniture,
		Map<String, AttendanceRole> roles, List<String> delegatedDecisionTitles, List<String> messageTitles) {

	/** What a paragraph's section is about: the matter, its documents, how it was handled, or other. */
	enum Section {
		DESCRIPTION, DOCUMENTS, PROCEDURE, OTHER
	}

	/** What a cover label's value is. */
	enum CoverField {
		PLACE_AND_TIME, PLACE, DATE_OR_TIME, DECIDING, SERVING_SUBSTITUTES, NON_SERVING_SUBSTITUTES, OTHERS, CHECKERS,
		CHECKING, SIGNATURES, SECRETARY, SIGNATURE, PARAGRAPHS
	}

	private static final String STANDARD = "reader/vocabulary.yaml";

	static Vocabulary standard() {
		return read(STANDARD, null);
	}

	/** The standard vocabulary with the municipality's overlay added, where it has one. */
	static Vocabulary forMunicipality(String municipality) {
		if (municipality == null || municipality.isBlank()) {
			return standard();
		}
		String slug = municipality.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
		String overlay = "reader/municipalities/" + slug + ".yaml";
		return read(STANDARD, new ClassPathResource(overlay).exists() ? overlay : null);
	}

	/** The longest label the line starts with (followed by its end, a space, a tab or a colon), or null. */
	String label(String clean) {
		String lower = clean.toLowerCase(Locale.ROOT);
		String best = null;
		for (String label : this.labels.keySet()) {
			if (lower.startsWith(label) && (lower.length() == label.length()
					|| " \t:".indexOf(lower.charAt(label.length())) >= 0)
					&& (best == null || label.length() > best.length())) {
				best = label;
			}
		}
		return best;
	}

	/** Whether the whole line (colon aside) is a label and nothing else. */
	boolean isLabelOnly(String clean) {
		return this.labels.containsKey(clean.toLowerCase(Locale.ROOT).replaceAll("[\\s:]+$", "").strip());
	}

	Pattern noticeStart() {
		return startingWith(this.noticeHeadings, "\\b.*");
	}

	Pattern agendaStart() {
		return startingWith(this.agendaHeadings, "\\s*:?$");
	}

	/** The role one part of an attendee's words names ("vice ordförande"), or null: the part is a title. */
	AttendanceRole role(String part) {
		for (Map.Entry<String, AttendanceRole> word : this.roles.entrySet()) {
			if (Pattern.compile("(?iu)" + word.getKey()).matcher(part).matches()) {
				return word.getValue();
			}
		}
		return null;
	}

	/** A cell of page furniture: any of {@link #furniture}, the whole cell. */
	Pattern furnitureCell() {
		return Pattern.compile("(?iu)^(" + String.join("|", this.furniture) + ")$");
	}

	/** A paragraph's title that reports delegated decisions: any of {@link #delegatedDecisionTitles}, the whole title. */
	Pattern delegatedDecisionTitle() {
		return Pattern.compile("(?ius)^(" + String.join("|", this.delegatedDecisionTitles) + ")$");
	}

	/** A paragraph's title that reports messages: any of {@link #messageTitles}, the whole title. */
	Pattern messageTitle() {
		return Pattern.compile("(?ius)^(" + String.join("|", this.messageTitles) + ")$");
	}

	private static Pattern startingWith(List<String> headings, String after) {
		List<String> alternatives = headings.stream()
			.sorted((a, b) -> b.length() - a.length())
			.map(h -> Pattern.quote(h).replace("/", "\\E\\s*/\\s*\\Q"))
			.toList();
		return Pattern.compile("(?iu)^(" + String.join("|", alternatives) + ")" + after);
	}

	@SuppressWarnings("unchecked")
	private static Vocabulary read(String resource, String overlay) {
		Map<String, Object> base = load(resource);
		Map<String, Object> extra = overlay == null ? Map.of() : load(overlay);
		Map<String, CoverField> labels = new LinkedHashMap<>();
		for (Map<String, Object> data : List.of(base, extra)) {
			Map<String, Object> cover = (Map<String, Object>) data.getOrDefault("cover", Map.of());
			((Map<String, String>) cover.getOrDefault("labels", Map.of())).forEach((label, kind) -> labels
				.put(label.toLowerCase(Locale.ROOT), CoverField.valueOf(constant(kind))));
		}
		// an overlay's words are tried before the standard ones, so that it can narrow them
		Map<String, AttendanceRole> roles = new LinkedHashMap<>();
		for (Map<String, Object> data : List.of(extra, base)) {
			String source = data == extra ? overlay : resource;
			Map<String, Object> attendance = (Map<String, Object>) data.getOrDefault("attendance", Map.of());
			((Map<String, String>) attendance.getOrDefault("roles", Map.of()))
				.forEach((words, role) -> roles.putIfAbsent(checked(source, words), roleNamed(source, words, role)));
		}
		Map<String, Section> sections = new LinkedHashMap<>();
		for (Map<String, Object> data : List.of(base, extra)) {
			Map<String, Object> paragraphs = (Map<String, Object>) data.getOrDefault("paragraphs", Map.of());
			((Map<String, List<String>>) paragraphs.getOrDefault("sections", Map.of())).forEach((kind, headings) -> headings
				.forEach(h -> sections.put(h.toLowerCase(Locale.ROOT), Section.valueOf(kind.toUpperCase(Locale.ROOT)))));
		}
		return new Vocabulary(labels, list(base, extra, "notice", "headings"), list(base, extra, "agenda", "headings"),
				list(base, extra, "paragraphs", "abbreviations"), Map.copyOf(sections), list(base, extra, "furniture", "cells"),
				Collections.unmodifiableMap(roles), list(base, extra, "paragraphs", "delegatedDecisionTitles"),
				list(base, extra, "paragraphs", "messageTitles"));
	}

	/** A role word that is a regular expression, or an error naming the file and the word. */
	private static String checked(String source, String words) {
		try {
			Pattern.compile(words);
			return words;
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException("The reader's vocabulary " + source + ": the role word '" + words
					+ "' is not a regular expression: " + ex.getDescription());
		}
	}

	private static AttendanceRole roleNamed(String source, String words, String role) {
		try {
			return AttendanceRole.valueOf(constant(role));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The reader's vocabulary " + source + ": the role word '" + words
					+ "' names no role: " + role + " (chair, viceChair, member, servingSubstitute, nonServingSubstitute,"
					+ " otherAttendee)");
		}
	}

	/** "servingSubstitute" as the constant SERVING_SUBSTITUTE. */
	private static String constant(String name) {
		return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Map<String, Object> base, Map<String, Object> extra, String section, String key) {
		List<String> all = new ArrayList<>();
		for (Map<String, Object> data : List.of(base, extra)) {
			Map<String, Object> part = (Map<String, Object>) data.getOrDefault(section, Map.of());
			all.addAll((List<String>) part.getOrDefault(key, List.of()));
		}
		return List.copyOf(all);
	}

	private static Map<String, Object> load(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			Map<String, Object> data = new Yaml().load(in);
			return data == null ? Map.of() : data;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the reader's vocabulary " + resource, ex);
		}
	}

}
