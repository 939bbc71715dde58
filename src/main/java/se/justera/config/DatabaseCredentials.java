package se.justera.config;

/**
 * How the app reaches PostgreSQL, as two roles: the owner, who runs the migrations and owns the
 * tables, and the application, which reads and writes rows but cannot alter tables or triggers
 * and may only insert into the audit log. Where both are the same role (a database set up
 * before roles were separated), the app warns at start that least privilege is not in force.
 *
 * @param url the JDBC URL
 * @param appUser the application's role
 * @param appPassword its password
 * @param ownerUser the owner's role
 * @param ownerPassword its password
 */
public record DatabaseCredentials(String url, String appUser, String appPassword, String ownerUser,
		String ownerPassword) {

	@Override
	public String toString() {
		return "DatabaseCredentials[url=" + this.url + ", appUser=" + this.appUser + ", ownerUser=" + this.ownerUser + "]";
	}

}
