package se.justera.protocol;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.justera.protocol.Protocol.Proposal;
import se.justera.protocol.Protocol.Recusal;
import se.justera.protocol.Protocol.Reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Proposals, recusals (jäv) and reservations, each from a sentence of the minutes. */
class StatementReaderTests {

	private final StatementReader reader = new StatementReader(List.of("Anna Ek", "Anna Ek Berg", "Lars Wik"),
			Map.of("Anna Ek", "S", "Anna Ek Berg", "C", "Lars Wik", "M"));

	@Test
	void twoWhoProposeTogetherAreEachAProposal() {
		List<Proposal> read = this.reader.proposals(List.of("Anna Ek (S) och Lars Wik (M) yrkar bifall."));

		assertThat(read).extracting(Proposal::person).containsExactly("Anna Ek", "Lars Wik");
	}

	@Test
	void aSentenceThatOnlyMentionsAPersonIsNoProposal() {
		assertThat(this.reader.proposals(List.of("Ordföranden finner att Anna Ek (S) har rätt."))).isEmpty();
	}

	@Test
	void onlyWhomTheRecusalIsAboutIsRecused() {
		List<Recusal> read = this.reader.recusals(List.of("Anna Ek anmäler jäv, varvid Lars Wik leder sammanträdet."));

		assertThat(read).extracting(Recusal::person).containsExactly("Anna Ek");
	}

	@Test
	void theLongerOfTwoNamesIsThePerson() {
		List<Reservation> read = this.reader.reservations(List.of("Anna Ek Berg reserverar sig mot beslutet."));

		assertThat(read).containsExactly(new Reservation("Anna Ek Berg", "C", "Anna Ek Berg reserverar sig mot beslutet."));
	}

	@Test
	void aReservationBySomeoneNotListedTakesTheirWrittenParty() {
		List<Reservation> read = this.reader.reservations(List.of("Per Holm (V) reserverar sig till förmån för eget yrkande."));

		assertThat(read).extracting(Reservation::person, Reservation::party)
			.containsExactly(tuple("Per Holm", "V"));
	}

}
