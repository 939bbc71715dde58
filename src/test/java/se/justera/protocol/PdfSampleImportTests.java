package se.justera.protocol;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.Tokens;
import se.justera.compliance.DemoSettings;
import se.justera.security.LocalTokenIssuer;
import se.justera.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample printed to PDF in two layouts, read through {@link ProtocolFiles} and imported into
 * PostgreSQL with the demo's settings, stores exactly what the text sample stores: the same 39
 * budget rows with their figures and the same two findings.
 */
@IntegrationTest
class PdfSampleImportTests {

	@Autowired
	ProtocolImportService imports;

	@Autowired
	ProtocolFiles files;

	@Autowired
	JdbcClient jdbc;

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl, LocalTokenIssuer tokens) {
		this.graphQl = Tokens.as(graphQl, tokens, Role.ADMINISTRATOR);
	}

	@BeforeEach
	void emptyDatabase() throws IOException {
		Database.clear();
		DemoSettings.apply(this.graphQl);
	}

	@ParameterizedTest
	@ValueSource(strings = { "word processor", "minute system" })
	void thePdfStoresTheFactsOfTheTextSample(String layout) throws IOException {
		String sample = PdfSampleTests.sample();
		long fromText = this.imports.importProtocol("Smedjebacken", sample).meetingId();
		List<String> textRows = budgetRows(fromText);
		List<String> textFindings = findings(fromText);
		Database.clear();
		DemoSettings.apply(this.graphQl);
		byte[] pdf = layout.equals("word processor") ? MinutesPdf.render(PdfSamples.word(sample), PdfSamples.WORD)
				: MinutesPdf.render(PdfSamples.minuteSystem(sample), PdfSamples.MINUTE_SYSTEM);

		ProtocolFile file = this.files.read("smedjebacken-ks-2023-12-12.pdf", pdf);
		long fromPdf = this.imports.importProtocol("Smedjebacken", file.text()).meetingId();

		assertThat(file.isPdf()).isTrue();
		assertThat(budgetRows(fromPdf)).hasSize(39).isEqualTo(textRows);
		assertThat(findings(fromPdf)).isEqualTo(textFindings)
			.containsExactly("BUDGET_FIGURE_CONFLICT § 163 Verksamhetens nettokostnad",
					"OVERRUN_NOT_REPORTED § 163 Miljö- o byggnadsnämnden");
		assertThat(Database.count(this.jdbc, "paragraph")).isEqualTo(13);
	}

	private List<String> budgetRows(long meeting) {
		return this.jdbc.sql("""
				select concat_ws(' | ', p.number, r.position, l.position, l.label, l.level, l.emphasis, l.period_budget,
				       l.period_actual, l.period_deviation, l.year_budget, l.year_forecast, l.year_deviation)
				from budget_line l join budget_report r on r.id = l.report_id join paragraph p on p.id = r.paragraph_id
				where p.meeting_id = ? order by p.number, r.position, l.position""").param(meeting).query(String.class).list();
	}

	private List<String> findings(long meeting) {
		return this.jdbc.sql("""
				select rule_id || ' § ' || coalesce(paragraph::text, '-') || ' ' || subject from finding
				where meeting_id = ? and present order by rule_id, paragraph, subject""").param(meeting).query(String.class).list();
	}

}
