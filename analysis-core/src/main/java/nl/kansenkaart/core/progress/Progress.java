package nl.kansenkaart.core.progress;

/**
 * Where long work reports how far it is and learns whether to stop. The command line prints it on
 * stderr, the workbench binds it to a progress bar; tests use {@link #NONE}.
 */
public interface Progress {

    /** Ignores reports and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void report(long done, long total, String message) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports progress.
     *
     * @param done units of work done so far
     * @param total units of work in all, or -1 when unknown (streaming a file of unknown length)
     * @param message what is being done, in Dutch, for the user ("panden lezen")
     */
    void report(long done, long total, String message);

    /** Whether the user asked to stop; long loops check it and throw {@link CancelledException}. */
    boolean isCancelled();

    /** Throws when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown when work stops because the user cancelled it. */
    final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException() {
            super("afgebroken door de gebruiker");
        }
    }
}
