package nl.kansenkaart.app.map.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.kansenkaart.app.map.MapAnalyses;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.kansen.KansenAnalysis;
import nl.kansenkaart.core.kansen.KansenAssumptions;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;

/** The embedded sample park De Vaart, imported from its source files into a real project file. */
final class SamplePark {
    /** The date printed on test maps; fixed so the maps are reproducible. */
    static final LocalDate DATE = LocalDate.of(2026, 11, 24);

    private SamplePark() {}

    /** Extracts the sample files into the folder, imports them and loads the park. */
    static ParkSnapshot load(Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("bronnen"));
        SampleData.extractTo(sources);
        Importer importer = new Importer();
        try (ProjectStore store = ProjectStore.create(dir.resolve("project.gpkg"))) {
            for (var file : SampleData.files()) {
                importer.importFile(
                        store, sources.resolve(file.fileName()), Optional.empty(), Optional.empty(), Progress.NONE);
            }
            return store.load(SampleData.parkId());
        }
    }

    /** The solar, label-C and kansen results of the park under the default presets. */
    static MapAnalyses analyses(ParkSnapshot park) {
        SolarReport solar = SolarAnalysis.analyse(park, SolarAssumptions.LEIDRAAD_DRENTHE);
        ParkResults results = ParkAnalysis.run(
                park,
                OfficeAssumptions.legal(DATE),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
        KansenReport kansen = KansenAnalysis.analyse(park, solar, results, KansenAssumptions.STANDARD);
        return MapAnalyses.of(solar, results.labels(), kansen);
    }
}
