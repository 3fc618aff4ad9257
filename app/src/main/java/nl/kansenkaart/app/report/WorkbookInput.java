package nl.kansenkaart.app.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.solar.SolarReport;

/**
 * Everything one park's workbook is made of, as plain values: no clock and no store is read while
 * writing, so the same input gives the same sheets.
 *
 * @param snapshot the park with its buildings, units, labels, companies and overrides
 * @param solar the solar analysis of that snapshot
 * @param buildingAnalyses the label-C, obligation and grid analyses, empty when not run (their
 *     sheets are then left out)
 * @param sources the imported sources, for the summary
 * @param exportDate the date printed in the file name and the summary
 * @param consultant the consultant's name, empty when not given
 * @param kansen the individual and collective opportunities with the park score card, empty when
 *     not run (the Kansen sheets are then left out and the summary says so)
 */
public record WorkbookInput(
        ParkSnapshot snapshot,
        SolarReport solar,
        Optional<BuildingAnalyses> buildingAnalyses,
        List<DataSource> sources,
        LocalDate exportDate,
        Optional<String> consultant,
        Optional<KansenReport> kansen) {
    public WorkbookInput {
        if (snapshot == null || solar == null || exportDate == null) {
            throw new IllegalArgumentException("park, zonanalyse of exportdatum ontbreekt");
        }
        if (buildingAnalyses == null || consultant == null || sources == null || kansen == null) {
            throw new IllegalArgumentException("gebruik Optional.empty() of een lege lijst, geen null");
        }
        if (!solar.parkId().equals(snapshot.park().id())) {
            throw new IllegalArgumentException("zonanalyse hoort bij park " + solar.parkId() + ", niet bij park "
                    + snapshot.park().id());
        }
        kansen.ifPresent(k -> {
            if (!k.parkId().equals(snapshot.park().id())) {
                throw new IllegalArgumentException("kansen horen bij park " + k.parkId() + ", niet bij park "
                        + snapshot.park().id());
            }
        });
        sources = List.copyOf(sources);
        consultant = consultant.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The input without the kansen: the workbook then has no Kansen sheets. */
    public WorkbookInput(
            ParkSnapshot snapshot,
            SolarReport solar,
            Optional<BuildingAnalyses> buildingAnalyses,
            List<DataSource> sources,
            LocalDate exportDate,
            Optional<String> consultant) {
        this(snapshot, solar, buildingAnalyses, sources, exportDate, consultant, Optional.empty());
    }

    /** The same input with the kansen of the park. */
    public WorkbookInput withKansen(KansenReport report) {
        return new WorkbookInput(
                snapshot, solar, buildingAnalyses, sources, exportDate, consultant, Optional.of(report));
    }

    /** The input without label-C analyses, sources or consultant: what a quick export needs. */
    public static WorkbookInput of(ParkSnapshot snapshot, SolarReport solar, LocalDate exportDate) {
        return new WorkbookInput(snapshot, solar, Optional.empty(), List.of(), exportDate, Optional.empty());
    }
}
