package nl.kansenkaart.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Not a test: the real workbench on the sample park De Vaart, imported through the importer, for
 * screenshots under Xvfb: {@code java -cp ... nl.kansenkaart.app.gui.SampleWorkbenchDemo [zon | presentatie | presentatie-kansen | kansen | koppelen | aannames]
 * [project.gpkg]}. "zon" shows the Zon op dak tab with the largest roof selected; "presentatie"
 * starts presentation mode ("presentatie-kansen" on the Kansen en uitdagingen theme); "kansen" shows the Kansen tab and theme; "koppelen" opens "Bedrijf koppelen…" with a reordered layer list; "aannames" changes the panel power and prints how long
 * the recomputation took.
 */
public final class SampleWorkbenchDemo {
    private SampleWorkbenchDemo() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "zon";
        Path file = args.length > 1
                ? Path.of(args[1])
                : SampleProjects.create(Files.createTempDirectory("kansenkaart-voorbeeld"));
        Platform.startup(() -> {
            Stage stage = new Stage();
            FxTaskExecutor work = new FxTaskExecutor(2);
            FxTaskExecutor render = new FxTaskExecutor(1);
            WorkbenchViewModel vm = new WorkbenchViewModel(work, render, new FxDialogService(stage));
            MainView.show(stage, vm, work);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
            long[] changed = {0, 0, 0};
            vm.analysesProperty().addListener((o, a, b) -> {
                if (a.isPresent() || b.isEmpty()) {
                    long cpu = processCpuNanos() - changed[1];
                    System.err.printf(
                            "herberekend in %d ms (proces-CPU %d ms)%n",
                            (System.nanoTime() - changed[0]) / 1_000_000, cpu / 1_000_000);
                    if (mode.equals("aannames") && ++changed[2] < 6) {
                        // Again, with warm code: what a consultant trying values sees.
                        Platform.runLater(() -> {
                            changed[0] = System.nanoTime();
                            changed[1] = processCpuNanos();
                            vm.assumptions().set("zon.wattpiek_per_paneel", String.valueOf(450 + 10 * changed[2]));
                        });
                    }
                    return;
                }
                Platform.runLater(() -> {
                    if (mode.equals("aannames")) {
                        ((TabPane) stage.getScene().lookup("#tables"))
                                .getSelectionModel()
                                .select(1);
                        ((TabPane) stage.getScene().lookup("#left-tabs"))
                                .getSelectionModel()
                                .select(1);
                        changed[0] = System.nanoTime();
                        changed[1] = processCpuNanos();
                        vm.assumptions().set("zon.wattpiek_per_paneel", "450");
                    } else if (mode.equals("labelc")) {
                        ((TabPane) stage.getScene().lookup("#tables"))
                                .getSelectionModel()
                                .select(2);
                        vm.labelTable().rows().stream()
                                .filter(r -> r.status().equals("voldoet niet"))
                                .findFirst()
                                .ifPresent(vm.labelTable()::select);
                    } else if (mode.equals("import")) {
                        vm.importWizard()
                                .addFiles(
                                        java.util.List.of(file.resolveSibling("bronnen")
                                                        .toFile()
                                                        .listFiles())
                                                .stream()
                                                .map(java.io.File::toPath)
                                                .filter(p ->
                                                        !p.toString().matches(".*\\.(dbf|shx|prj|cpg|properties)$"))
                                                .sorted()
                                                .toList());
                        ImportWizardView.open(stage, vm.importWizard(), work, () -> {});
                    } else if (mode.equals("koppelen")) {
                        // "Bedrijf koppelen…" on the first address without a company, the layers
                        // panel with the kansen layer moved on top and the buildings at 60 %.
                        vm.layers().choiceProperty().set(MapChoice.OPPORTUNITIES);
                        var kansen = vm.layers().entry(nl.kansenkaart.app.map.MapLayer.OPPORTUNITIES);
                        for (int i = 0; i < 4; i++) {
                            vm.layers().moveUp(kansen);
                        }
                        vm.layers()
                                .entry(nl.kansenkaart.app.map.MapLayer.BUILDINGS)
                                .opacityProperty()
                                .set(0.6);
                        vm.addresses().visibleRows().stream()
                                .filter(r -> r.company().isEmpty())
                                .findFirst()
                                .ifPresent(r -> {
                                    vm.addresses().select(r);
                                    Stage match = CompanyMatchView.open(stage, null, vm.companyMatch(), r.unitId());
                                    match.setX(760);
                                    match.setY(200);
                                });
                    } else if (mode.equals("koppelen-zoeken")) {
                        // "Bedrijf koppelen…" searching the whole project: a company of the other
                        // park (as if its KvK postcode were wrong) turns up under the park's own.
                        vm.addresses().visibleRows().stream()
                                .filter(r -> r.company().isEmpty())
                                .findFirst()
                                .ifPresent(r -> {
                                    vm.addresses().select(r);
                                    Stage match = CompanyMatchView.open(stage, null, vm.companyMatch(), r.unitId());
                                    match.setX(760);
                                    match.setY(200);
                                    vm.companyMatch().searchProperty().set(elsewhereWord(vm));
                                });
                    } else if (mode.equals("presentatie")) {
                        vm.presentation().toggle();
                    } else if (mode.equals("presentatie-kansen")) {
                        vm.presentation().toggle();
                        vm.layers().choiceProperty().set(MapChoice.OPPORTUNITIES);
                    } else if (mode.equals("kansen")) {
                        ((TabPane) stage.getScene().lookup("#tables"))
                                .getSelectionModel()
                                .select(4);
                        vm.layers().choiceProperty().set(MapChoice.OPPORTUNITIES);
                        vm.kansenTable().rows().stream().findFirst().ifPresent(vm.kansenTable()::select);
                    } else {
                        ((TabPane) stage.getScene().lookup("#tables"))
                                .getSelectionModel()
                                .select(1);
                        vm.solarTable().rows().stream()
                                .max(Comparator.comparingDouble(SolarRow::peakPowerKwp))
                                .ifPresent(vm.solarTable()::select);
                    }
                });
            });
            vm.openProject(file);
            stage.setOnHidden(e -> {
                vm.close();
                work.close();
                render.close();
                Platform.exit();
            });
        });
    }

    /** A word of the name of a company outside the shown park, for the "koppelen-zoeken" screenshot. */
    private static String elsewhereWord(WorkbenchViewModel vm) {
        java.util.Set<String> here = new java.util.HashSet<>();
        vm.analysesProperty().get().orElseThrow().snapshot().companies().forEach(c -> here.add(c.id()));
        try {
            return vm.project().store().orElseThrow().companies().stream()
                    .filter(c -> !here.contains(c.id()))
                    .map(c -> java.util.Arrays.stream(c.name().split("\\s+"))
                            .max(Comparator.comparingInt(String::length))
                            .orElse(c.name()))
                    .findFirst()
                    .orElse("");
        } catch (nl.kansenkaart.io.store.StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
