package se.justera.municipality;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.justera.graphql.InvalidArgumentException;
import se.justera.jdbc.RecordRowMapper;
import se.justera.text.Names;

@Repository
public class MunicipalityRepository {

	private final JdbcClient jdbc;

	MunicipalityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Names are matched and stored in canonical form ({@link Names#canonical}). */
	Municipality create(String given) {
		String name = Names.canonical(given);
		if (name == null || name.isEmpty()) {
			throw InvalidArgumentException.keyed("municipality.nameRequired");
		}
		return this.jdbc.sql("""
				insert into municipality (name) values (?)
				on conflict (lower(name)) do update set name = municipality.name returning id, name""")
			.params(name)
			.query(RecordRowMapper.of(Municipality.class))
			.single();
	}

	Body createBody(String municipality, String given, BodyKind kind) {
		String name = Names.canonical(given);
		if (name == null || name.isEmpty()) {
			throw InvalidArgumentException.keyed("body.nameRequired");
		}
		long municipalityId = create(municipality).id();
		return this.jdbc.sql("""
				insert into body (municipality_id, name, kind) values (?, ?, ?)
				on conflict (municipality_id, lower(name)) do update set kind = excluded.kind
				returning id, municipality_id, name, kind""")
			.params(municipalityId, name, kind.name())
			.query(RecordRowMapper.of(Body.class))
			.single();
	}

	List<Municipality> findAll() {
		return this.jdbc.sql("select id, name from municipality order by name").query(RecordRowMapper.of(Municipality.class)).list();
	}

	List<Municipality> findByIds(Long[] ids) {
		return this.jdbc.sql("select id, name from municipality where id = any(?)")
			.params((Object) ids)
			.query(RecordRowMapper.of(Municipality.class))
			.list();
	}

	public List<Body> findBodiesByIds(Long[] ids) {
		return this.jdbc.sql("select id, municipality_id, name, kind from body where id = any(?)")
			.params((Object) ids)
			.query(RecordRowMapper.of(Body.class))
			.list();
	}

	List<Body> findBodiesByMunicipalityIds(Long[] ids) {
		return this.jdbc.sql("select id, municipality_id, name, kind from body where municipality_id = any(?) order by name")
			.params((Object) ids)
			.query(RecordRowMapper.of(Body.class))
			.list();
	}

}
