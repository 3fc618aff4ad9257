package nl.kansenkaart.app.gui;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The selected building (and unit), shared by the map, the building panel and the tables. */
public final class SelectionModel {

    /** Where a selection was made: the map zooms for a list selection, the list scrolls for a map one. */
    public enum Origin {
        MAP,
        LIST
    }

    /**
     * A selection.
     *
     * @param buildingId the selected pand
     * @param unitId the selected verblijfsobject, when a list row was chosen
     * @param origin where the user selected it
     */
    public record Selection(String buildingId, Optional<String> unitId, Origin origin) {}

    private final ReadOnlyObjectWrapper<Optional<Selection>> selection = new ReadOnlyObjectWrapper<>(Optional.empty());

    /** Selects a building, and optionally one of its units. */
    public void select(String buildingId, Optional<String> unitId, Origin origin) {
        selection.set(Optional.of(new Selection(buildingId, unitId, origin)));
    }

    /** Clears the selection. */
    public void clear() {
        selection.set(Optional.empty());
    }

    /** The current selection. */
    public ReadOnlyObjectProperty<Optional<Selection>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The current selection, as a value. */
    public Optional<Selection> current() {
        return selection.get();
    }
}
