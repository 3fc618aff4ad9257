package nl.kansenkaart.app;

import nl.kansenkaart.app.cli.Cli;
import nl.kansenkaart.app.cli.Logging;

/**
 * The program's entry point. A plain class, not a JavaFX Application, so JavaFX loads from the
 * classpath (TOOLCHAIN.md): with arguments it runs the command line, without it opens the workbench.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Logging.toLogFile();
        if (args.length == 0) {
            // The workbench arrives with the gui branch; until then say so instead of pretending.
            System.err.println(
                    "kansenkaart: de werkbank is nog niet gebouwd; zie 'kansenkaart --help' voor de opdrachten.");
            System.exit(1);
        }
        System.exit(Cli.run(args));
    }
}
