package se.justera.graphql;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.justera.Database;
import se.justera.IntegrationTest;
import se.justera.protocol.ProtocolImportService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the SQL statements a query runs do not grow with the meetings it returns. Statements are
 * counted on every connection the app takes from its DataSource.
 */
@IntegrationTest
// fifty meetings with everything below them cost more than the default budget allows: this test counts statements;
// the re-evaluation worker and the cluster poll run statements of their own on this DataSource: none of them here
@TestPropertySource(properties = { "justera.graphql.cost.budget=100000000", "justera.reevaluation.workers=0",
		"justera.cluster.poll-interval=1h" })
@Import(StatementCountTests.CountingDataSource.class)
class StatementCountTests {

	static final AtomicInteger STATEMENTS = new AtomicInteger();

	@TestConfiguration
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource dataSource)) {
						return bean;
					}
					return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
							(proxy, method, args) -> {
								Object result = invoke(dataSource, method, args);
								return result instanceof Connection connection ? counting(connection) : result;
							});
				}
			};
		}

		/** Counts the statements prepared on one connection. */
		record Counting(Connection connection) implements java.lang.reflect.InvocationHandler {

			@Override
			public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
				if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
						|| method.getName().equals("prepareCall")) {
					STATEMENTS.incrementAndGet();
				}
				return CountingDataSource.invoke(this.connection, method, args);
			}

		}

		static Connection counting(Connection connection) {
			// a DataSource that hands out another's connections (the read pool's) would count each statement twice
			if (Proxy.isProxyClass(connection.getClass()) && Proxy.getInvocationHandler(connection) instanceof Counting) {
				return connection;
			}
			return (Connection) Proxy.newProxyInstance(StatementCountTests.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new Counting(connection));
		}

		static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

	static final String QUERY = """
			query page($first: Int) {
			  meetings(first: $first) {
			    totalCount
			    edges { node {
			      date place body { name kind municipality { name } } chair { name } checkers { name }
			      signatures { role } notice { postedOn } versions { version } readingNotes { line page level fact message }
			      attendance { person { name } party role replaces { name } }
			      findings { ruleId evidence { name value } reviews { action } meeting { id } }
			      motions { party claims findings { ruleId } paragraph { number } }
			      budgetReports { title lines { label parent { label } findings { ruleId } } findings { ruleId } }
			      paragraphs {
			        number title caseNumber page
			        decision { text points { number text } }
			        sections { heading } supportingDocuments messages tables { rows { cells } }
			        recusals { person { name } } proposals { person { name } } reservations { person { name } }
			        votes { yes no ballots { person { name } choice } }
			        delegatedDecisions { text } budgetNotes { unit }
			        motion { title } findings { ruleId }
			      }
			    } }
			  }
			}""";

	HttpGraphQlTester graphQl;

	@Autowired
	void graphQl(HttpGraphQlTester graphQl) {
		// fifty meetings with everything in them make a large response
		this.graphQl = graphQl.mutate()
			.webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)))
			.build();
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProtocolImportService imports;

	@BeforeEach
	void fiftyCouncilMeetings() throws IOException {
		Database.clear();
		String ludvika = new ClassPathResource("protocols/ludvika-kf-2024-02-26.txt").getContentAsString(StandardCharsets.UTF_8);
		for (int i = 0; i < 50; i++) {
			this.imports.importProtocol(String.format("Kommun %02d", i), ludvika);
		}
	}

	@Test
	void fiftyMeetingsTakeAsManyStatementsAsOne() {
		int one = statementsFor(1);
		int fifty = statementsFor(50);

		assertThat(one).isGreaterThan(10);
		assertThat(fifty).isEqualTo(one);
	}

	@Test
	void twoHundredAliasesOfOneParagraphTakeAsManyStatementsAsOne() {
		int one = statementsForParagraphAliases(1);
		int many = statementsForParagraphAliases(200);

		assertThat(many).isEqualTo(one);
	}

	static final String DETAIL = """
			{ %s {
			  date place body { name kind } paragraphs { id number title caseNumber kind page findings { ruleId } }
			  attendance { person { name } party role replaces { name } paragraphs }
			  findings { id ruleId severity paragraph subject status } } }""";

	@Test
	void aMeetingWithItsListsAndItsComplianceSummaryIsOneStatement() {
		String id = this.graphQl.document("{ meetings(first: 1) { edges { node { id } } } }")
			.execute()
			.path("meetings.edges[0].node.id")
			.entity(String.class)
			.get();
		String document = DETAIL.formatted("meeting(id: \"" + id + "\")")
			.replace("findings { ruleId } }", "}"); // only what the meeting's statement reads
		this.graphQl.document(document).execute();
		STATEMENTS.set(0);

		var response = this.graphQl.document(document).execute();

		assertThat(STATEMENTS.get()).isEqualTo(1);
		response.path("meeting.paragraphs").entityList(Object.class).hasSizeGreaterThan(5);
		assertThat(response.returnResponse().getExtensions()).containsKey("compliance");
	}

	@Test
	void nodesOfFiftyMeetingsAndFiftyParagraphsTakeAsManyStatementsAsOneOfEach() {
		List<String> meetings = this.graphQl.document("{ meetings(first: 50) { edges { node { id } } } }")
			.execute()
			.path("meetings.edges[*].node.id")
			.entityList(String.class)
			.get();
		List<String> paragraphs = this.jdbc.sql("select id from paragraph order by id limit 50")
			.query(Long.class)
			.list()
			.stream()
			.map(id -> GlobalId.of("Paragraph", id))
			.toList();
		int one = statementsForNodes(List.of(meetings.get(0), paragraphs.get(0)));

		int hundred = statementsForNodes(java.util.stream.Stream.concat(meetings.stream(), paragraphs.stream()).toList());

		assertThat(meetings).hasSize(50);
		assertThat(hundred).isEqualTo(one);
	}

	private int statementsForNodes(List<String> ids) {
		String document = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Meeting { date } ... on Paragraph { number } } }";
		this.graphQl.document(document).variable("ids", ids).execute();
		STATEMENTS.set(0);
		this.graphQl.document(document).variable("ids", ids).execute().path("nodes").entityList(Object.class).hasSize(ids.size());
		return STATEMENTS.get();
	}

	@Test
	void aPageOfMeetingsWithItsTotalAndComplianceSummaryIsOneStatement() {
		String document = "{ meetings(first: 20) { totalCount edges { node { id date } } } }";
		this.graphQl.document(document).execute();
		STATEMENTS.set(0);

		var response = this.graphQl.document(document).execute();

		assertThat(STATEMENTS.get()).isEqualTo(1);
		response.path("meetings.totalCount").entity(Integer.class).isEqualTo(50);
		response.path("meetings.edges").entityList(Object.class).hasSize(20);
		assertThat(response.returnResponse().getExtensions()).containsKey("compliance");
	}

	@Test
	void aPagePastTheLastMeetingStillHasTheTotal() {
		String end = this.graphQl.document("{ meetings(first: 100) { pageInfo { endCursor } } }")
			.execute()
			.path("meetings.pageInfo.endCursor")
			.entity(String.class)
			.get();

		this.graphQl.document("query ($after: String) { meetings(first: 5, after: $after) { totalCount edges { node { id } } } }")
			.variable("after", end)
			.execute()
			.path("meetings.totalCount")
			.entity(Integer.class)
			.isEqualTo(50);
	}

	@Test
	void aPageOfFindingsWithItsTotalIsOneStatement() {
		int present = this.jdbc.sql("select count(*) from finding where present").query(Integer.class).single();
		String document = "{ findings(first: 5) { totalCount edges { node { id ruleId severity } } } }";
		this.graphQl.document(document).execute();
		STATEMENTS.set(0);

		var response = this.graphQl.document(document).execute();

		assertThat(STATEMENTS.get()).isEqualTo(1);
		assertThat(present).isGreaterThan(5);
		response.path("findings.totalCount").entity(Integer.class).isEqualTo(present);
	}

	/** What the meeting's statement reads is what the batch loaders read for the same meeting. */
	@Test
	void aMeetingReadWithItsListsAnswersAsTheBatchLoadersDo() {
		String id = this.graphQl.document("{ meetings(first: 1) { edges { node { id } } } }")
			.execute()
			.path("meetings.edges[0].node.id")
			.entity(String.class)
			.get();

		var alone = this.graphQl.document(DETAIL.formatted("meeting(id: \"" + id + "\")")).execute().returnResponse();
		var listed = this.graphQl.document(DETAIL.formatted("meetings(first: 1) { edges { node")
			.replace("} } }", "} } } } }")).execute().returnResponse();

		Object fromList = ((java.util.Map<?, ?>) ((java.util.List<?>) ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) listed
			.getData()).get("meetings")).get("edges")).get(0)).get("node");
		assertThat(((java.util.Map<?, ?>) alone.getData()).get("meeting")).isEqualTo(fromList);
		assertThat((java.util.List<?>) ((java.util.Map<?, ?>) fromList).get("findings")).isNotEmpty();
		assertThat(alone.getExtensions().get("compliance")).isEqualTo(listed.getExtensions().get("compliance"));
	}

	private int statementsForParagraphAliases(int aliases) {
		StringBuilder query = new StringBuilder("{ meetings(first: 1) { edges { node {");
		for (int i = 0; i < aliases; i++) {
			query.append(" p").append(i).append(": paragraph(number: ").append(1 + i % 5).append(") { title }");
		}
		String document = query.append(" } } } }").toString();
		this.graphQl.document(document).execute();
		STATEMENTS.set(0);
		var response = this.graphQl.document(document).execute();
		int count = STATEMENTS.get();
		response.path("meetings.edges[0].node.p" + (aliases - 1) + ".title").hasValue();
		return count;
	}

	private int statementsFor(int meetings) {
		var response = this.graphQl.document(QUERY).variable("first", meetings).execute();
		STATEMENTS.set(0);
		response = this.graphQl.document(QUERY).variable("first", meetings).execute();
		int count = STATEMENTS.get();
		response.path("meetings.edges").entityList(Object.class).hasSize(meetings);
		response.path("meetings.edges[0].node.paragraphs[6].votes[0].ballots").entityList(Object.class).hasSize(49);
		return count;
	}

}
