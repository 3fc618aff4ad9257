package nl.kansenkaart.app.gui;

import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;

/** Where a panel sends a consultant's edit: stored in the project at once, then recomputed. */
public interface OverrideSink {
    /** A sink that keeps nothing, for a read-only table. */
    OverrideSink NONE = new OverrideSink() {
        @java.lang.Override
        public void save(Override edit) {}

        @java.lang.Override
        public void clear(OverrideTarget target, String targetId, String key) {}
    };

    /** Stores the edit (replacing an earlier value of the same target, id and field). */
    void save(Override edit);

    /**
     * Removes the edit of that target, id and field (a cleared cell): the imported or computed value
     * counts again and the project file keeps no row for it.
     */
    void clear(OverrideTarget target, String targetId, String key);
}
