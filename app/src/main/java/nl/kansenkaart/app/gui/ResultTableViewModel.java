package nl.kansenkaart.app.gui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.kansenkaart.core.model.Override;

/**
 * A searchable result table (Zon op dak, Label C, Verplichtingen) whose selection is the shared one:
 * choosing a row selects and zooms to its pand; a pand chosen elsewhere selects its row.
 */
public final class ResultTableViewModel<R extends ResultRow> {
    private final SelectionModel selection;
    private final Function<AnalysedPark, List<R>> rowsOf;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final FilteredList<R> filtered = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Optional<R>> selectedRow = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final OverrideSink edits;
    private Optional<AnalysedPark> current = Optional.empty();

    /** A read-only table filled by {@code rowsOf} each time the analyses change. */
    public ResultTableViewModel(SelectionModel selection, Function<AnalysedPark, List<R>> rowsOf) {
        this(selection, rowsOf, OverrideSink.NONE);
    }

    /**
     * A table filled by {@code rowsOf} each time the analyses change, whose editable cells send the
     * consultant's edits of a pand to {@code edits} (stored, then recomputed).
     */
    public ResultTableViewModel(SelectionModel selection, Function<AnalysedPark, List<R>> rowsOf, OverrideSink edits) {
        this.selection = selection;
        this.rowsOf = rowsOf;
        this.edits = edits;
        search.addListener((o, a, b) -> filtered.setPredicate(r -> b == null || b.isBlank() || r.matches(b)));
        selection.selectionProperty().addListener((o, a, b) -> follow(b));
    }

    /** New results: the rows are rebuilt and the selected pand's row stays selected. */
    public void setResults(AnalysedPark analyses) {
        current = Optional.of(analyses);
        rows.setAll(rowsOf.apply(analyses));
        selectedRow.set(Optional.empty());
        follow(selection.current());
    }

    /** No park any more: the table is empty. */
    public void clear() {
        current = Optional.empty();
        rows.clear();
        selectedRow.set(Optional.empty());
    }

    /** The user picked a row: select its pand (the map zooms there). */
    public void select(R row) {
        selectedRow.set(Optional.of(row));
        selection.select(row.pandId(), row.unitId(), SelectionModel.Origin.LIST);
    }

    private void follow(Optional<SelectionModel.Selection> s) {
        if (s.isEmpty()) {
            selectedRow.set(Optional.empty());
            return;
        }
        String pand = s.get().buildingId();
        if (selectedRow.get().map(r -> r.pandId().equals(pand)).orElse(false)) {
            return;
        }
        selectedRow.set(filtered.stream().filter(r -> r.pandId().equals(pand)).findFirst());
    }

    /** Whether the consultant set a yes/no edit of the pand ("monument", "sloop", "dak_ongeschikt") to yes. */
    public boolean buildingFlag(String pandId, String key) {
        return buildingEdit(pandId, key).equalsIgnoreCase("ja");
    }

    /**
     * Sets or clears a yes/no edit of the pand; stored (and recomputed) only when it changes. "No" is
     * what a pand without the edit is, so clearing the flag removes the edit instead of storing "nee".
     */
    public void setBuildingFlag(String pandId, String key, boolean yes) {
        if (buildingFlag(pandId, key) != yes
                || (!yes && !buildingEdit(pandId, key).isEmpty())) {
            if (yes) {
                edits.save(new Override(Override.OverrideTarget.BUILDING, pandId, key, "ja"));
            } else {
                edits.clear(Override.OverrideTarget.BUILDING, pandId, key);
            }
        }
    }

    /**
     * A measured yearly use typed in a cell ("61.000", "61000 kWh"): stored as the pand's edit, which
     * replaces the estimate; an emptied cell removes the edit, so the estimate counts again and the
     * project keeps no empty edit. Text the analysis cannot read is stored too, and its reason line
     * says it was ignored.
     */
    public void setMeasured(String pandId, String key, String typed) {
        String value = typed == null ? "" : typed.strip();
        String old = buildingEdit(pandId, key);
        if (value.isEmpty()) {
            if (hasBuildingEdit(pandId, key)) {
                edits.clear(Override.OverrideTarget.BUILDING, pandId, key);
            }
        } else if (!value.equals(old.strip())) {
            edits.save(new Override(Override.OverrideTarget.BUILDING, pandId, key, value));
        }
    }

    private boolean hasBuildingEdit(String pandId, String key) {
        return current.map(a -> a.hasBuildingEdit(pandId, key)).orElse(false);
    }

    /** The consultant's edit of a pand, empty when none. */
    public String buildingEdit(String pandId, String key) {
        return current.map(a -> a.buildingEdit(pandId, key)).orElse("");
    }

    /** The rows that match the search. */
    public ObservableList<R> visibleRows() {
        return filtered;
    }

    /** All rows. */
    public List<R> rows() {
        return List.copyOf(rows);
    }

    /** How many rows there are in all. */
    public int rowCount() {
        return rows.size();
    }

    /** The search text: words that must all occur in a row. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The row that should be selected in the table. */
    public ReadOnlyObjectProperty<Optional<R>> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }
}
