package nl.kansenkaart.app.gui;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A result table under the map: a search field, a count and a sortable table. */
public final class ResultTableView<R extends ResultRow> extends VBox {
    private final ResultTableViewModel<R> vm;
    private final TableView<R> table = new TableView<>();
    private final TextField search = new TextField();
    private boolean following;

    /**
     * A table on the view-model.
     *
     * @param idPrefix node ids: {@code <prefix>-table}, {@code <prefix>-search}, {@code <prefix>-count}
     * @param countKey the bundle key of the count text ("{0} van {1} panden")
     */
    public ResultTableView(ResultTableViewModel<R> vm, String idPrefix, String countKey) {
        super(4);
        this.vm = vm;
        setPadding(new Insets(6));
        search.setId(idPrefix + "-search");
        search.setPromptText(Messages.get("table.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.setId(idPrefix + "-count");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.get(countKey, vm.visibleRows().size(), vm.rowCount()), vm.visibleRows()));
        HBox bar = new HBox(10, search, count);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId(idPrefix + "-table");
        SortedList<R> sorted = new SortedList<>(vm.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !following) {
                vm.select(b);
            }
        });
        vm.selectedRowProperty().addListener((o, a, b) -> follow(b));
    }

    /** The search field, for the Ctrl+F shortcut. */
    public TextField searchField() {
        return search;
    }

    /** Adds a text column. */
    public ResultTableView<R> text(String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item);
                // Reason lines are long: the whole text shows on hover.
                setTooltip(empty || item == null || item.length() < 40 ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(c);
        return this;
    }

    /** Adds a number column, sorted by value and shown with so many decimals, right aligned. */
    public ResultTableView<R> number(String key, Function<R, Number> value, int decimals, double width) {
        TableColumn<R, Number> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setComparator((x, y) -> Double.compare(x.doubleValue(), y.doubleValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : DutchFormat.number(item.doubleValue(), decimals));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(c);
        return this;
    }

    /**
     * Adds a number column whose cells the consultant can edit (double click or Enter, then Enter to
     * store, Esc to cancel); {@code commit} gets the row and the typed text.
     */
    public ResultTableView<R> editableNumber(
            String key, Function<R, Number> value, int decimals, double width, BiConsumer<R, String> commit) {
        TableColumn<R, Number> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setComparator((x, y) -> Double.compare(x.doubleValue(), y.doubleValue()));
        c.setCellFactory(col -> new EditableNumberCell<>(decimals, commit));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setEditable(true);
        table.setEditable(true);
        table.getColumns().add(c);
        return this;
    }

    /** Adds a yes/no column of checkboxes; a click stores the consultant's edit at once. */
    public ResultTableView<R> checkbox(
            String key, Function<R, Boolean> value, double width, BiConsumer<R, Boolean> commit) {
        TableColumn<R, Boolean> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> {
            R row = cell.getValue();
            javafx.beans.property.BooleanProperty p = new javafx.beans.property.SimpleBooleanProperty(value.apply(row));
            p.addListener((o, was, now) -> commit.accept(row, now));
            return p;
        });
        c.setCellFactory(javafx.scene.control.cell.CheckBoxTableCell.forTableColumn(c));
        c.setPrefWidth(width);
        c.setEditable(true);
        table.setEditable(true);
        table.getColumns().add(c);
        return this;
    }

    /** A number cell that becomes a text field while edited. */
    private static final class EditableNumberCell<R> extends TableCell<R, Number> {
        private final int decimals;
        private final BiConsumer<R, String> commit;
        private TextField field;

        EditableNumberCell(int decimals, BiConsumer<R, String> commit) {
            this.decimals = decimals;
            this.commit = commit;
            getStyleClass().add("editable-cell");
        }

        @Override
        public void startEdit() {
            if (isEmpty() || getItem() == null) {
                return;
            }
            super.startEdit();
            field = new TextField(DutchFormat.number(getItem().doubleValue(), decimals));
            field.setOnAction(e -> {
                R row = getTableRow().getItem();
                String typed = field.getText();
                cancelEdit();
                if (row != null) {
                    commit.accept(row, typed);
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.selectAll();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(null);
            setText(getItem() == null ? "" : DutchFormat.number(getItem().doubleValue(), decimals));
        }

        @Override
        protected void updateItem(Number item, boolean empty) {
            super.updateItem(item, empty);
            if (isEditing()) {
                return;
            }
            setGraphic(null);
            setText(empty || item == null ? "" : DutchFormat.number(item.doubleValue(), decimals));
        }
    }

    private void follow(Optional<R> row) {
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
}
