package se.justera.config;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Sets up the two roles of {@link DatabaseCredentials} on a server where we are superuser (the
 * embedded one; the tests' one): the owner owns schema public and everything in it, the application
 * may only use the schema. What the application may do to the tables is granted by the migrations
 * (changelog 006), so it is the same on an external server.
 */
public final class DatabaseRoles {

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+");

	private DatabaseRoles() {
	}

	/** A new password of 32 random bytes, in characters that need no quoting. */
	public static String newPassword() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Creates (or updates) both roles on the connection's database; objects already there pass to the owner. */
	public static void setUp(Connection superuser, DatabaseCredentials roles) throws SQLException {
		for (String value : new String[] { roles.ownerUser(), roles.ownerPassword(), roles.appUser(), roles.appPassword() }) {
			if (!SAFE.matcher(value).matches()) {
				throw new IllegalArgumentException("Role names and passwords here must be letters, digits, - and _");
			}
		}
		try (Statement sql = superuser.createStatement()) {
			role(sql, roles.ownerUser(), roles.ownerPassword());
			role(sql, roles.appUser(), roles.appPassword());
			sql.execute("alter schema public owner to " + roles.ownerUser());
			// PostgreSQL before 15 lets every role create tables in public
			sql.execute("revoke create on schema public from public");
			sql.execute("grant usage on schema public to " + roles.appUser());
			sql.execute("""
					do $$
					declare r record;
					begin
					    for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
					             where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
					               and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
					    loop
					        execute format('alter table %s owner to %I', r.name, :owner);
					    end loop;
					    for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
					             where n.nspname = 'public'
					    loop
					        execute format('alter function %s owner to %I', r.name, :owner);
					    end loop;
					end
					$$""".replace(":owner", "'" + roles.ownerUser() + "'"));
		}
	}

	private static void role(Statement sql, String name, String password) throws SQLException {
		boolean exists;
		try (var rs = sql.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
			exists = rs.next();
		}
		String attributes = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '" + password + "'";
		sql.execute((exists ? "alter role " : "create role ") + name + attributes);
	}

}
