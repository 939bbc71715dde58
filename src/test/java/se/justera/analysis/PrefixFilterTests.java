package se.justera.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.protocol.ProtocolImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case-number prefixes and budget labels are matched literally in every list: % and _ are
 * characters of a case number, not wildcards. The sample's § 163 (budget tables, a finding) is given
 * case number 2023%116 and § 164 case number 2023_105.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrefixFilterTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	@BeforeAll
	void importTheSampleWithWildcardsInTwoCaseNumbers() throws IOException {
		Database.clear();
		String sample = new ClassPathResource("demo/smedjebacken-ks-2023-12-12.txt").getContentAsString(StandardCharsets.UTF_8);
		this.imports.importProtocol("Smedjebacken", sample.replace("2023/00116", "2023%116").replace("2023/00105", "2023_105"));
	}

	@Test
	void paragraphs() {
		assertThat(paragraphNumbers("2023%")).containsExactly(163);
		assertThat(paragraphNumbers("2023_")).containsExactly(164);
		assertThat(paragraphNumbers("%")).isEmpty();
		assertThat(paragraphNumbers("_")).isEmpty();
		assertThat(paragraphNumbers("2023\\")).isEmpty();
		assertThat(paragraphNumbers("2023/")).hasSize(10);
	}

	@Test
	void meetings() {
		assertThat(count("meetings(filter: { caseNumber: $prefix })", "2023%")).isEqualTo(1);
		assertThat(count("meetings(filter: { caseNumber: $prefix })", "%")).isZero();
		assertThat(count("meetings(filter: { caseNumber: $prefix })", "_")).isZero();
	}

	@Test
	void findings() {
		int inParagraph163 = this.jdbc.sql("select count(*) from finding where paragraph = 163").query(Integer.class).single();
		assertThat(inParagraph163).isPositive();
		assertThat(count("findings(filter: { caseNumber: $prefix })", "2023%")).isEqualTo(inParagraph163);
		assertThat(count("findings(filter: { caseNumber: $prefix })", "2023_")).isZero();
		assertThat(count("findings(filter: { caseNumber: $prefix })", "%")).isZero();
	}

	@Test
	void budgetLines() {
		int inParagraph163 = this.jdbc.sql("""
				select count(*) from budget_line l join budget_report r on r.id = l.report_id
				join paragraph p on p.id = r.paragraph_id where p.number = 163""").query(Integer.class).single();
		assertThat(inParagraph163).isPositive();
		assertThat(count("budgetLines(filter: { caseNumber: $prefix })", "2023%")).isEqualTo(inParagraph163);
		assertThat(count("budgetLines(filter: { caseNumber: $prefix })", "2023_")).isZero();
		assertThat(count("budgetLines(filter: { caseNumber: $prefix })", "_")).isZero();
		// a label is matched literally too
		assertThat(count("budgetLines(filter: { label: $prefix })", "%")).isZero();
		assertThat(count("budgetLines(filter: { label: $prefix })", "n_mnden")).isZero();
		assertThat(count("budgetLines(filter: { label: $prefix })", "nämnden")).isPositive();
	}

	@Test
	void motions() {
		assertThat(count("motions(filter: { caseNumber: $prefix })", "%")).isZero();
		assertThat(count("motions(filter: { caseNumber: $prefix })", "2023/")).isPositive();
	}

	List<Integer> paragraphNumbers(String prefix) {
		return this.graphQl.document("query($prefix: String) { paragraphs(filter: { caseNumber: $prefix }, first: 100)"
				+ " { edges { node { number } } } }")
			.variable("prefix", prefix)
			.execute()
			.path("paragraphs.edges[*].node.number")
			.entityList(Integer.class)
			.get();
	}

	int count(String field, String prefix) {
		return this.graphQl.document("query($prefix: String) { list: " + field + " { totalCount } }")
			.variable("prefix", prefix)
			.execute()
			.path("list.totalCount")
			.entity(Integer.class)
			.get();
	}

}
