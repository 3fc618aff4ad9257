package nl.kansenkaart.app.gui;

import nl.kansenkaart.core.model.Override;

/** Where a panel sends a consultant's edit: stored in the project at once, then recomputed. */
@FunctionalInterface
public interface OverrideSink {
    /** Stores the edit (replacing an earlier value of the same target, id and field). */
    void save(Override edit);
}
