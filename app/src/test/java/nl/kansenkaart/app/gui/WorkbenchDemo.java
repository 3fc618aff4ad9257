package nl.kansenkaart.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.kansenkaart.app.map.TestParks;

/**
 * Not a test: opens the real workbench window on a generated park written through the project
 * store, and after loading selects one address so the building panel shows. For screenshots under
 * Xvfb: {@code java -cp ... nl.kansenkaart.app.gui.WorkbenchDemo [buildings | project.gpkg] [search words | -]
 * [overzicht | zoom] [FUNCTION | CONSTRUCTION_YEAR | LABEL]}.
 */
public final class WorkbenchDemo {
    private WorkbenchDemo() {}

    public static void main(String[] args) throws Exception {
        String first = args.length > 0 ? args[0] : "400";
        String search = args.length > 1 ? args[1] : "";
        boolean overview = args.length > 2 && args[2].equals("overzicht");
        var colouring = args.length > 3
                ? nl.kansenkaart.app.map.BuildingColouring.valueOf(args[3])
                : nl.kansenkaart.app.map.BuildingColouring.FUNCTION;
        Path file = first.endsWith(".gpkg")
                ? Path.of(first)
                : TestProjects.write(
                        Files.createTempDirectory("kansenkaart-demo").resolve("de-mors.gpkg"),
                        TestParks.synthetic(Integer.parseInt(first), 7));
        Platform.startup(() -> {
            Stage stage = new Stage();
            FxTaskExecutor work = new FxTaskExecutor(2);
            FxTaskExecutor render = new FxTaskExecutor(1);
            WorkbenchViewModel vm = new WorkbenchViewModel(work, render, new FxDialogService(stage));
            MainView.show(stage, vm, work);
            vm.layers().colouringProperty().set(colouring);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
            vm.openProject(file);
            if (!search.isEmpty()) {
                vm.addresses().visibleRows().addListener((javafx.collections.ListChangeListener<AddressRow>) c -> {
                    if (vm.selection().current().isEmpty()
                            && !vm.addresses().visibleRows().isEmpty()) {
                        Platform.runLater(() -> {
                            vm.addresses().searchProperty().set(search.equals("-") ? "" : search);
                            if (!vm.addresses().visibleRows().isEmpty()) {
                                vm.addresses()
                                        .select(vm.addresses().visibleRows().get(0));
                            }
                        });
                    }
                });
            }
            stage.setOnHidden(e -> {
                vm.close();
                work.close();
                render.close();
                Platform.exit();
            });
        });
    }
}
