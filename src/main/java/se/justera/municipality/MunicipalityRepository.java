package se.justera.municipality;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MunicipalityRepository {

	private final JdbcClient jdbc;

	MunicipalityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Municipality> findAll() {
		return this.jdbc.sql("select id, name from municipality order by name").query(Municipality.class).list();
	}

	List<Municipality> findByIds(Long[] ids) {
		return this.jdbc.sql("select id, name from municipality where id = any(?)")
			.params((Object) ids)
			.query(Municipality.class)
			.list();
	}

	public List<Body> findBodiesByIds(Long[] ids) {
		return this.jdbc.sql("select id, municipality_id, name, kind from body where id = any(?)")
			.params((Object) ids)
			.query(Body.class)
			.list();
	}

	List<Body> findBodiesByMunicipalityIds(Long[] ids) {
		return this.jdbc.sql("select id, municipality_id, name, kind from body where municipality_id = any(?) order by name")
			.params((Object) ids)
			.query(Body.class)
			.list();
	}

}
