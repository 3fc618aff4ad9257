package nl.kansenkaart.app.gui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Bedrijf koppelen…" window: the companies linked to one verblijfsobject with Ontkoppelen, and
 * a searchable table of the others with Koppelen (or a double click). Not modal, so the consultant
 * can still look at the map; every click is stored in the project at once.
 */
public final class CompanyMatchView extends VBox {
    private final CompanyMatchViewModel vm;
    private final TableView<CompanyMatchViewModel.Candidate> linked = table("match-linked");
    private final TableView<CompanyMatchViewModel.Candidate> candidates = table("match-candidates");

    /** The editor's content on the given view-model. */
    public CompanyMatchView(CompanyMatchViewModel vm) {
        super(8);
        this.vm = vm;
        setId("company-match");
        setPadding(new Insets(12));
        Label heading = new Label();
        heading.setId("match-heading");
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(vm.headingProperty());

        linked.setItems(vm.linked());
        linked.setPlaceholder(new Label(Messages.get("match.noneLinked")));
        linked.setPrefHeight(110);
        Button unlink = new Button(Messages.get("match.unlink"));
        unlink.setId("match-unlink");
        unlink.disableProperty()
                .bind(linked.getSelectionModel().selectedItemProperty().isNull());
        unlink.setOnAction(e -> vm.unlink(linked.getSelectionModel().getSelectedItem()));

        TextField search = new TextField();
        search.setId("match-search");
        search.setPromptText(Messages.get("match.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        candidates.setItems(vm.candidates());
        candidates.setPlaceholder(new Label(Messages.get("addresses.empty")));
        VBox.setVgrow(candidates, Priority.ALWAYS);
        Button link = new Button(Messages.get("match.link"));
        link.setId("match-link");
        link.setDefaultButton(true);
        link.disableProperty()
                .bind(candidates.getSelectionModel().selectedItemProperty().isNull());
        link.setOnAction(e -> vm.link(candidates.getSelectionModel().getSelectedItem()));
        candidates.setOnMouseClicked(e -> {
            var chosen = candidates.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && chosen != null) {
                vm.link(chosen);
            }
        });
        Label note = new Label();
        note.setId("match-search-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.searchNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        Button close = new Button(Messages.get("match.close"));
        close.setId("match-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, link, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.get("match.candidates") + " ("
                                + vm.candidates().size() + ")",
                        vm.candidates()));
        getChildren()
                .addAll(
                        heading,
                        subheading(Messages.get("match.linked")),
                        linked,
                        unlink,
                        new javafx.scene.control.Separator(),
                        count,
                        search,
                        candidates,
                        note,
                        buttons);
        count.getStyleClass().add("panel-subheading");
    }

    /** Opens (or brings forward) the editor window for one VBO of the shown park. */
    public static Stage open(Window owner, Stage reuse, CompanyMatchViewModel vm, String unitId) {
        vm.open(unitId);
        Stage stage = reuse;
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(Messages.get("match.title"));
            Scene scene = new Scene(new CompanyMatchView(vm), 760, 560);
            scene.getStylesheets()
                    .add(CompanyMatchView.class.getResource("workbench.css").toExternalForm());
            stage.setScene(scene);
            stage.setOnHidden(e -> vm.close());
        }
        stage.show();
        stage.toFront();
        return stage;
    }

    private static Label subheading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-subheading");
        return l;
    }

    private static TableView<CompanyMatchViewModel.Candidate> table(String id) {
        TableView<CompanyMatchViewModel.Candidate> t = new TableView<>();
        t.setId(id);
        t.getColumns().add(column("match.column.name", CompanyMatchViewModel.Candidate::name, 220));
        t.getColumns().add(column("match.column.kvk", CompanyMatchViewModel.Candidate::kvkNumber, 95));
        t.getColumns().add(column("match.column.address", CompanyMatchViewModel.Candidate::address, 230));
        t.getColumns().add(column("match.column.matched", CompanyMatchViewModel.Candidate::matchedTo, 190));
        return t;
    }

    private static TableColumn<CompanyMatchViewModel.Candidate, String> column(
            String key, Function<CompanyMatchViewModel.Candidate, String> value, double width) {
        TableColumn<CompanyMatchViewModel.Candidate, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
