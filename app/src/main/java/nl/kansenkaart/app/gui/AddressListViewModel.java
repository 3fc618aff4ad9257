package nl.kansenkaart.app.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapFeature;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Unit;

/** The adressenlijst: one row per verblijfsobject, searchable, its selection shared with the map. */
public final class AddressListViewModel {
    private final SelectionModel selection;
    private final OverrideSink edits;
    private Optional<AnalysedPark> current = Optional.empty();
    private final ObservableList<AddressRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AddressRow> filtered = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Optional<AddressRow>> selectedRow =
            new ReadOnlyObjectWrapper<>(Optional.empty());

    /** A list that selects through, and follows, the shared selection; company names go to {@code edits}. */
    public AddressListViewModel(SelectionModel selection, OverrideSink edits) {
        this.selection = selection;
        this.edits = edits;
        search.addListener((o, a, b) -> filtered.setPredicate(r -> b == null || b.isBlank() || r.matches(b)));
        selection.selectionProperty().addListener((o, a, b) -> follow(b));
    }

    /** No park any more: the list is empty. */
    public void clear() {
        current = Optional.empty();
        rows.clear();
        selectedRow.set(Optional.empty());
    }

    /** Fills the list from a park's analyses, sorted by street, number, letter and addition. */
    public void setResults(AnalysedPark analyses) {
        current = Optional.of(analyses);
        MapContent content = analyses.content();
        List<AddressRow> list = new ArrayList<>();
        var buildings = content.snapshot().buildingsById();
        for (Unit u : content.snapshot().units()) {
            String pandId = u.buildingIds().get(0);
            Optional<Building> b = Optional.ofNullable(buildings.get(pandId));
            var a = u.address();
            list.add(new AddressRow(
                    a.street(),
                    a.houseNumber(),
                    a.letter().orElse(""),
                    a.addition().orElse(""),
                    a.postcode(),
                    a.town(),
                    BuildingPanelViewModel.purposes(u),
                    u.floorAreaM2(),
                    b.filter(x -> x.constructionYear().isPresent())
                            .map(x -> String.valueOf(x.constructionYear().getAsInt()))
                            .orElse(""),
                    pandId,
                    u.id(),
                    content.unit(u.id())
                            .flatMap(MapFeature.UnitItem::label)
                            .map(l -> l.labelClass().code())
                            .orElse(""),
                    analyses.companyName(u.id())));
        }
        list.sort(Comparator.comparing(AddressRow::street)
                .thenComparingInt(AddressRow::houseNumber)
                .thenComparing(AddressRow::letter)
                .thenComparing(AddressRow::addition));
        rows.setAll(list);
        selectedRow.set(Optional.empty());
        follow(selection.current());
    }

    /**
     * The consultant typed a company name for the row's verblijfsobject; an emptied cell removes the
     * typed name, so the KvK match counts again (unlinking a company is "Bedrijf koppelen…").
     */
    public void renameCompany(AddressRow row, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            if (current.map(a -> a.hasCompanyNameEdit(row.unitId())).orElse(false)) {
                edits.clear(Override.OverrideTarget.UNIT, row.unitId(), AnalysedPark.COMPANY_NAME_KEY);
            }
        } else if (!clean.equals(row.company())) {
            edits.save(new Override(Override.OverrideTarget.UNIT, row.unitId(), AnalysedPark.COMPANY_NAME_KEY, clean));
        }
    }

    /** The user picked a row: select its building (the map zooms there). */
    public void select(AddressRow row) {
        selectedRow.set(Optional.of(row));
        selection.select(row.pandId(), Optional.of(row.unitId()), SelectionModel.Origin.LIST);
    }

    private void follow(Optional<SelectionModel.Selection> s) {
        if (s.isEmpty()) {
            selectedRow.set(Optional.empty());
            return;
        }
        if (selectedRow.get().map(r -> matches(r, s.get())).orElse(false)) {
            return;
        }
        selectedRow.set(filtered.stream().filter(r -> matches(r, s.get())).findFirst());
    }

    private static boolean matches(AddressRow r, SelectionModel.Selection s) {
        return r.pandId().equals(s.buildingId())
                && s.unitId().map(u -> u.equals(r.unitId())).orElse(true);
    }

    /** The rows that match the search, in list order. */
    public ObservableList<AddressRow> visibleRows() {
        return filtered;
    }

    /** All rows of the park. */
    public int rowCount() {
        return rows.size();
    }

    /** The search text: words that must all occur in a row. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The row that should be selected in the table. */
    public ReadOnlyObjectProperty<Optional<AddressRow>> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }
}
