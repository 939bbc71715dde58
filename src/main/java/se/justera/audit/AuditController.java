package se.justera.audit;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import se.justera.graphql.Connection;
import se.justera.graphql.InvalidArgumentException;

@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@QueryMapping
	@PreAuthorize("hasRole('COMPLIANCE_OFFICER')")
	Connection<AuditEntry> auditLog(@Argument AuditLog.Filter filter, @Argument Integer first, @Argument String after) {
		int size = Connection.pageSize(first);
		Long before = null;
		if (after != null) {
			try {
				before = Long.valueOf(after);
			}
			catch (NumberFormatException ex) {
				throw InvalidArgumentException.keyed("audit.cursor", after);
			}
		}
		List<AuditEntry> rows = this.audit.findPage(filter, before, size + 1);
		return Connection.of(rows, size, after != null, entry -> String.valueOf(entry.id()), filter);
	}

	@SchemaMapping(typeName = "AuditEntry", field = "id")
	String id(AuditEntry entry) {
		return String.valueOf(entry.id());
	}

}
