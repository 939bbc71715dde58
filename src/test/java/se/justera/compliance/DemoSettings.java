package se.justera.compliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.json.JsonMapper;

/** Applies the demo's Smedjebacken configuration (demo/smedjebacken-settings.json) through the GraphQL mutations. */
public final class DemoSettings {

	private DemoSettings() {
	}

	@SuppressWarnings("unchecked")
	public static void apply(GraphQlTester graphQl) throws IOException {
		Map<String, Object> demo = JsonMapper.builder()
			.build()
			.readValue(new ClassPathResource("demo/smedjebacken-settings.json").getContentAsString(StandardCharsets.UTF_8),
					Map.class);
		String municipality = (String) demo.get("municipality");
		graphQl.documentName("configureOverrunThreshold")
			.variable("municipality", municipality)
			.variable("percent", demo.get("overrunThresholdPercent"))
			.executeAndVerify();
		for (Map<String, Object> body : (List<Map<String, Object>>) demo.get("bodies")) {
			Map<String, Object> input = new HashMap<>();
			input.put("municipality", municipality);
			input.put("body", body.get("name"));
			input.put("kind", body.get("kind"));
			input.put("seats", body.get("seats"));
			input.put("checkingDays", body.get("checkingDays"));
			graphQl.documentName("configureBody").variable("input", input).executeAndVerify();
		}
		for (Map<String, Object> unit : (List<Map<String, Object>>) demo.get("budgetUnits")) {
			Map<String, Object> input = new HashMap<>();
			input.put("municipality", municipality);
			input.put("label", unit.get("label"));
			input.put("committee", unit.get("committee"));
			input.put("note", unit.get("note"));
			graphQl.documentName("configureBudgetUnit").variable("input", input).executeAndVerify();
		}
	}

}
