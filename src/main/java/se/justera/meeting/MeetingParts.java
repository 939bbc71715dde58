package se.justera.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans which {@link MeetingPart}s a meeting's statement reads, from the selection below the
 * meeting, and turns their columns into the values the fields resolve to ({@link Prefetched}).
 */
@Component
class MeetingParts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, MeetingPart> byField = new HashMap<>();

	private final List<MeetingPart> always = new ArrayList<>();

	MeetingParts(List<MeetingPart> parts) {
		for (MeetingPart part : parts) {
			if (part.field() == null) {
				this.always.add(part);
			}
			else {
				this.byField.put(part.field(), part);
			}
		}
	}

	/** The fields of Meeting that some part can read. */
	Set<String> fields() {
		return this.byField.keySet();
	}

	/** The parts to read, each with its SQL, and the result key it answers (null: no field). */
	record Plan(List<MeetingPart> parts, List<String> keys, List<String> sql) {

		static final Plan NONE = new Plan(List.of(), List.of(), List.of());

		/** The extra select list, columns named part_0, part_1 ...; empty without parts. */
		String columns() {
			StringBuilder columns = new StringBuilder();
			for (int i = 0; i < this.sql.size(); i++) {
				columns.append(", ").append(this.sql.get(i)).append(" as part_").append(i);
			}
			return columns.toString();
		}

	}

	Plan plan(DataFetchingFieldSelectionSet selection) {
		List<MeetingPart> parts = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		List<String> sql = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		List<SelectedField> fields = selection.getImmediateFields();
		fields.forEach(f -> seen.merge(f.getName(), 1, Integer::sum));
		for (SelectedField field : fields) {
			MeetingPart part = this.byField.get(field.getName());
			// an aliased or repeated field (e.g. with other arguments) keeps its own loader
			if (part == null || seen.get(field.getName()) > 1 || !field.getResultKey().equals(field.getName())) {
				continue;
			}
			String expression = part.sql(field.getSelectionSet());
			if (expression != null) {
				parts.add(part);
				keys.add(field.getResultKey());
				sql.add(expression);
			}
		}
		for (MeetingPart part : this.always) {
			parts.add(part);
			keys.add(null);
			sql.add(part.sql(null));
		}
		return new Plan(parts, keys, sql);
	}

	/** Only the parts that are no field (the compliance summary): for lists, whose fields load in batches. */
	Plan summaryOnly() {
		List<MeetingPart> parts = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		List<String> sql = new ArrayList<>();
		for (MeetingPart part : this.always) {
			parts.add(part);
			keys.add(null);
			sql.add(part.sql(null));
		}
		return new Plan(parts, keys, sql);
	}

	/** The parts' values for one meeting, from its row's part columns as JSON text. */
	Prefetched read(Plan plan, String[] columns, long meetingId, GraphQLContext context) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < columns.length; i++) {
			JsonNode json = columns[i] == null ? JSON.nullNode() : JSON.readTree(columns[i]);
			Object value = plan.parts().get(i).read(json, meetingId, context);
			if (plan.keys().get(i) != null) {
				values.put(plan.keys().get(i), value);
			}
		}
		return new Prefetched(values);
	}

}
