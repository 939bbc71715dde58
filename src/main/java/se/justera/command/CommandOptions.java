package se.justera.command;

/** Options of the command-line tools, written "--name value". */
public final class CommandOptions {

	private CommandOptions() {
	}

	public static long number(String[] args, String name, long fallback) {
		for (int i = 1; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				try {
					return Long.parseLong(args[i + 1]);
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException(name + " takes a number, not '" + args[i + 1] + "'");
				}
			}
		}
		return fallback;
	}

}
