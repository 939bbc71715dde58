package se.justera.protocol;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.justera.budget.BudgetLineLevel;
import se.justera.protocol.Protocol.BudgetReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Budget tables of other layouts, each a few rows as PDFs give them, columns mapped by their headers. */
class BudgetTableReaderTests {

	private final LayoutNormalizer normalizer = new LayoutNormalizer(Vocabulary.standard());

	@Test
	void threeColumnsInMillionsWithMinusSignsAreTheFullYearInThousands() {
		BudgetReport table = read("Mnkr                              Budget helår        Prognos      Avvikelse",
				"Gator och vägar                           31,4           32,6           −1,2",
				"Tekniska nämnden totalt                   84,6           85,5           −0,9");

		assertThat(table.lines()).extracting(l -> l.label() + " " + l.yearBudget() + " " + l.yearForecast() + " "
				+ l.yearDeviation() + " " + l.periodActual())
			.containsExactly("Gator och vägar 31400 32600 -1200 null", "Tekniska nämnden totalt 84600 85500 -900 null");
		assertThat(table.lines().get(1).level()).isEqualTo(BudgetLineLevel.TOTAL);
	}

	@Test
	void aGroupHeaderOverSeveralColumnsSaysWhichArePeriodAndWhichYear() {
		BudgetReport table = read("Tkr            Jan–jul 2024                    Helår 2024",
				"               Budget    Utfall Avvikelse    Budget   Prognos Avvikelse",
				"Bygglov         1 750     1 390       360     3 000     2 600       400");

		assertThat(table.lines()).singleElement().satisfies(l -> {
			assertThat(List.of(l.periodBudget(), l.periodActual(), l.periodDeviation())).containsExactly(1750L, 1390L, 360L);
			assertThat(List.of(l.yearBudget(), l.yearForecast(), l.yearDeviation())).containsExactly(3000L, 2600L, 400L);
		});
	}

	@Test
	void columnsBeyondTheSixHaveTheirOwnPlacesAndParenthesesAreNegative() {
		BudgetReport table = read("Tkr\tBudget 2024\tUtfall jan–aug 2024\tUtfall jan–aug 2023\tPrognos 2024\tAvvikelse mot budget\tPrognos T1\tFörändring mot T1",
				"Socialnämnden\t402 300\t276 800\t259 400\t410 900\t(8 600)\t406 100\t4 800");

		assertThat(table.lines()).singleElement().satisfies(l -> {
			assertThat(l.periodActual()).isEqualTo(276_800L); // this year's, not last year's
			assertThat(l.yearForecast()).isEqualTo(410_900L); // the forecast, not the earlier one
			assertThat(l.yearDeviation()).isEqualTo(-8_600L);
			assertThat(l.priorYearPeriodActual()).isEqualTo(259_400L);
			assertThat(l.previousForecast()).isEqualTo(406_100L);
			assertThat(l.forecastChange()).isEqualTo(4_800L);
			assertThat(l.yearDeviationPercent()).isNull();
		});
	}

	@Test
	void aDeviationInPercentIsAPercentageNotAnAmount() {
		BudgetReport table = read("Mnkr\tBudget\tPrognos\tAvvikelse\tAvvikelse %",
				"Socialnämnden\t168,4\t171,7\t(3,3)\t(2,0)");

		assertThat(table.lines()).singleElement().satisfies(l -> {
			assertThat(l.yearDeviation()).isEqualTo(-3_300L);
			assertThat(l.yearDeviationPercent()).isEqualByComparingTo("-2.0");
			assertThat(l.previousForecast()).isNull();
		});
	}

	@Test
	void figuresUnderTheHeaderAreMoreHeaderAndAWrappedLabelIsOneLabel() {
		BudgetReport table = read("Tkr                          Budget     Utfall     Utfall    Prognos  Avvikelse",
				"                               2004   jan–mar    jan–mar       2004      helår",
				"                                         2004       2003",
				"Barn- och", "utbildningsnämnden          212 500    54 900     52 800    215 300    (2 800)");

		assertThat(table.lines()).singleElement().satisfies(l -> {
			assertThat(l.label()).isEqualTo("Barn- och utbildningsnämnden");
			assertThat(List.of(l.yearBudget(), l.periodActual(), l.yearForecast(), l.yearDeviation()))
				.containsExactly(212_500L, 54_900L, 215_300L, -2_800L);
		});
	}

	@Test
	void aTableWithoutBudgetColumnsIsNotReadAsOne() {
		assertThat(read("Tkr\tUtfall\tPrognos", "Kommunstyrelsen\t100\t200")).isNull();
	}

	private BudgetReport read(String... rows) {
		List<ProtocolLine> lines = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			lines.add(ProtocolLine.of(i + 1, 1, rows[i]));
		}
		return BudgetTableReader.read(this.normalizer.normalize(lines), null);
	}

}
