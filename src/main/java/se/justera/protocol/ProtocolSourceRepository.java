package se.justera.protocol;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files versions were made from (meeting_version_file, changelog 009): added once, never changed. */
@Repository
class ProtocolSourceRepository {

	private static final String COLUMNS = "meeting_id, version, media_type, file_name, size, pages, sha256 ";

	private static final RowMapper<ProtocolSource> SOURCE = (rs, n) -> new ProtocolSource(rs.getLong("meeting_id"),
			rs.getInt("version"), rs.getString("media_type"), rs.getString("file_name"), rs.getLong("size"),
			rs.getObject("pages", Integer.class), rs.getString("sha256"));

	private final JdbcClient jdbc;

	ProtocolSourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long meetingId, int version, ProtocolFile file) {
		this.jdbc.sql("""
				insert into meeting_version_file (meeting_id, version, media_type, file_name, size, pages, sha256, content)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(meetingId, version, file.mediaType(), FileNames.sanitised(file.fileName()), file.bytes().length,
					file.pages() > 0 ? file.pages() : null, file.sha256(), file.bytes())
			.update();
	}

	/** The file of each meeting's current (latest) version. */
	List<ProtocolSource> findCurrent(Long[] meetingIds) {
		return this.jdbc.sql("select distinct on (meeting_id) " + COLUMNS + """
				 from meeting_version_file where meeting_id = any(?) order by meeting_id, version desc""")
			.params((Object) meetingIds)
			.query(SOURCE)
			.list();
	}

	/** Every kept file of these meetings, by meeting and version. */
	List<ProtocolSource> findAll(Long[] meetingIds) {
		return this.jdbc.sql("select " + COLUMNS + " from meeting_version_file where meeting_id = any(?) order by meeting_id, version")
			.params((Object) meetingIds)
			.query(SOURCE)
			.list();
	}

	/** A meeting's file of one version, or of its latest when version is null. */
	Optional<ProtocolSource.Content> content(long meetingId, Integer version) {
		return this.jdbc.sql("select " + COLUMNS + ", content from meeting_version_file where meeting_id = ?"
				+ (version == null ? "" : " and version = ?") + " order by version desc limit 1")
			.params(version == null ? List.of(meetingId) : List.of(meetingId, version))
			.query((rs, n) -> new ProtocolSource.Content(SOURCE.mapRow(rs, n), rs.getBytes("content")))
			.optional();
	}

}
