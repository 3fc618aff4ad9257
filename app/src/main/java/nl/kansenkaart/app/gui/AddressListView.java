package nl.kansenkaart.app.gui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The adressenlijst under the map: a search field and a table of one row per verblijfsobject. */
public final class AddressListView extends VBox {
    private final AddressListViewModel vm;
    private final TableView<AddressRow> table = new TableView<>();
    private final TextField searchField = new TextField();
    private boolean following;
    private java.util.function.Consumer<String> onMatchCompany = unitId -> {};

    /** A list on the given view-model. */
    public AddressListView(AddressListViewModel vm) {
        super(4);
        this.vm = vm;
        setId("address-list");
        setPadding(new Insets(6));

        TextField search = searchField;
        search.setId("address-search");
        search.setPromptText(Messages.get("addresses.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.setId("address-count");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.get("addresses.count", vm.visibleRows().size(), vm.rowCount()),
                        vm.visibleRows()));
        HBox bar = new HBox(10, search, count);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("address-table");
        table.setItems(vm.visibleRows());
        table.setPlaceholder(new Label(Messages.get("addresses.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setEditable(true);
        TableColumn<AddressRow, String> company = new TableColumn<>(Messages.get("col.company"));
        company.setId("col-company");
        company.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().company()));
        company.setCellFactory(TextFieldTableCell.forTableColumn());
        company.setOnEditCommit(e -> vm.renameCompany(e.getRowValue(), e.getNewValue()));
        company.setEditable(true);
        company.setPrefWidth(190);
        table.getColumns().add(company);
        table.getColumns().add(column("col.street", AddressRow::street, 150));
        table.getColumns().add(column("col.number", AddressRow::houseNumber, 110));
        table.getColumns().add(column("col.letter", AddressRow::letter, 60));
        table.getColumns().add(column("col.addition", AddressRow::addition, 90));
        table.getColumns()
                .add(column(
                        "col.postcode",
                        r -> r.postcode().substring(0, 4) + " " + r.postcode().substring(4),
                        85));
        table.getColumns().add(column("col.town", AddressRow::town, 100));
        table.getColumns().add(column("col.purpose", AddressRow::purposes, 250));
        table.getColumns().add(column("col.area", AddressRow::areaM2, 70));
        table.getColumns().add(column("col.year", AddressRow::constructionYear, 80));
        table.getColumns().add(column("col.pandId", AddressRow::pandId, 150));
        table.getColumns().add(column("col.unitId", AddressRow::unitId, 150));
        table.getColumns().add(column("col.label", AddressRow::label, 100));
        javafx.scene.control.MenuItem match = new javafx.scene.control.MenuItem(Messages.get("match.open"));
        match.setId("address-match-company");
        match.setOnAction(e -> {
            AddressRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                onMatchCompany.accept(row.unitId());
            }
        });
        table.setContextMenu(new javafx.scene.control.ContextMenu(match));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !following) {
                vm.select(b);
            }
        });
        vm.selectedRowProperty().addListener((o, a, b) -> follow(b));
    }

    /** What "Bedrijf koppelen…" on a row does with the row's VBO id. */
    public void setOnMatchCompany(java.util.function.Consumer<String> action) {
        onMatchCompany = action;
    }

    /** The search field, for the Ctrl+F shortcut. */
    public TextField searchField() {
        return searchField;
    }

    private void follow(java.util.Optional<AddressRow> row) {
        following = true;
        try {
            if (row.isPresent()) {
                table.getSelectionModel().select(row.get());
                table.scrollTo(row.get());
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            following = false;
        }
    }

    private static <T> TableColumn<AddressRow, T> column(String key, Function<AddressRow, T> value, double width) {
        TableColumn<AddressRow, T> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }
}
