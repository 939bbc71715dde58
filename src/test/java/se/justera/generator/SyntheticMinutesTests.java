package se.justera.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.justera.protocol.Protocol;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated minutes only name people of their municipality's pool, as the bulk writer needs. */
class SyntheticMinutesTests {

	@Test
	void everyPersonNamedIsInThePool() {
		Random random = new Random(3);
		List<String> pool = new ArrayList<>(SyntheticMinutes.people(random, 110));
		for (String surname : List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson")) {
			pool.add("Kommunsekreterare " + surname);
		}
		Set<String> named = new HashSet<>();

		for (SyntheticMinutes.BodyPlan body : SyntheticMinutes.BODIES) {
			for (int meeting = 0; meeting < 10; meeting++) {
				Protocol p = SyntheticMinutes.meeting(random, body, LocalDate.of(2020, 1, 15).plusDays(meeting * 34L), meeting, pool);
				p.attendees().forEach(a -> {
					named.add(a.name());
					if (a.replaces() != null) {
						named.add(a.replaces());
					}
				});
				named.addAll(p.checkers());
				p.paragraphs().forEach(x -> x.votes().forEach(v -> v.ballots().forEach(b -> named.add(b.person()))));
			}
		}

		assertThat(pool).containsAll(named);
		assertThat(named).hasSizeGreaterThan(50);
	}

}
