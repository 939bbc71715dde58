package se.justera.protocol;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import picocli.CommandLine;

import se.justera.command.Commands;
import se.justera.audit.AuditLog;
import se.justera.text.LogSafe;
import se.justera.text.Names;

/**
 * {@code import --municipality NAME [--confirm-municipality] FILE...}: imports each file, a PDF or a
 * UTF-8 text told apart by its content ({@link ProtocolFiles}), on its own
 * (one bad file does not stop the others), prints a line per file and a summary, and exits 1 if any
 * file failed. A file whose text names another municipality fails (MUNICIPALITY_MISMATCH) unless
 * {@code --confirm-municipality} is given; its reading notes are printed with it. File
 * names and messages are printed with control characters escaped ({@link LogSafe}): a file name
 * with a newline in it cannot print a line of its own.
 */
@Component
@ConditionalOnProperty(name = "justera.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final ProtocolImportService imports;

	private final AuditLog audit;

	private final ProtocolFiles files;

	private final PrintStream out;

	private int exitCode;

	ImportCommand(ProtocolImportService imports, AuditLog audit, ProtocolFiles files) {
		this.imports = imports;
		this.files = files;
		this.audit = audit;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Commands.Import options;
		try {
			options = Commands.parse(new Commands.Import(), arguments.getSourceArgs());
		}
		catch (CommandLine.ParameterException ex) {
			Commands.printUsageError(ex, this.out);
			this.exitCode = Commands.USAGE;
			return;
		}
		String municipality = options.municipality();
		boolean confirmMunicipality = options.confirmMunicipality();
		List<Path> files = options.files();
		if (Names.controlCharacterAt(municipality) >= 0) {
			this.out.println("The municipality's name " + LogSafe.escape(municipality)
					+ " contains a control character; a name is a single line of text");
			this.exitCode = 2;
			return;
		}
		int created = 0;
		int existing = 0;
		int failed = 0;
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			String prefix = "[" + (i + 1) + "/" + files.size() + "] " + LogSafe.escape(file) + ": ";
			String error = null;
			String message = null;
			try {
				// by content, not by name: a PDF or a UTF-8 text, kept with the version it makes
				ProtocolFile read = this.files.read(file.getFileName().toString(), Files.readAllBytes(file));
				ImportResult result = this.imports.importProtocol(municipality, read, actor(), confirmMunicipality);
				if (result.created()) {
					created++;
					this.out.println(prefix + "imported as meeting " + result.meetingId() + notes(result));
				}
				else {
					existing++;
					this.out.println(prefix + "already stored as meeting " + result.meetingId() + notes(result));
				}
				for (ReadingNote note : result.readingNotes()) {
					this.out.println("    " + note.level() + (note.line() == null ? "" : " line " + note.line())
							+ (note.page() == null ? "" : " page " + note.page()) + ": " + LogSafe.escape(note.message()));
				}
			}
			catch (InvalidProtocolException | ProtocolConflictException | MunicipalityMismatchException | IOException ex) {
				failed++;
				error = ex instanceof ProtocolConflictException ? "CONFLICT"
						: ex instanceof MunicipalityMismatchException ? "MUNICIPALITY_MISMATCH" : "INVALID_PROTOCOL";
				message = ex.getMessage();
				this.out.println(prefix + "FAILED: " + LogSafe.escape(message));
			}
			// the command line is a way in too: it leaves the same trace as the API
			this.audit.record(actor(), "", "importProtocol",
					Map.of("municipality", municipality, "file", file.toAbsolutePath().toString()), error, message);
		}
		this.out.println(files.size() + " files: " + created + " imported, " + existing + " already stored, " + failed
				+ " failed");
		this.exitCode = failed > 0 ? 1 : 0;
	}

	private static String notes(ImportResult result) {
		int count = result.readingNotes().size();
		return count == 0 ? "" : " (" + count + (count == 1 ? " reading note)" : " reading notes)");
	}

	/** The command line runs on the server itself: its user is the operating system's. */
	private static String actor() {
		return "cli:" + System.getProperty("user.name", "unknown");
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
