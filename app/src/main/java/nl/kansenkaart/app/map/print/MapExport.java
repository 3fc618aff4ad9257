package nl.kansenkaart.app.map.print;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.app.map.BuildingColouring;
import nl.kansenkaart.app.map.MapAnalyses;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapTheme;
import nl.kansenkaart.app.map.Themes;
import nl.kansenkaart.core.model.ParkSnapshot;

/**
 * The headless entry point for the kansenkaart maps: every theme as PDF and PNG at A4 and A3
 * landscape (300 dpi) and as a screen-size PNG, named "park - thema - formaat".
 */
public final class MapExport {
    /** The paper sizes written as PDF and PNG. */
    public static final List<PageSpec> PAPER = List.of(PageSpec.A4, PageSpec.A3);

    private MapExport() {}

    /**
     * The kansenkaart maps of a park: "Huidige situatie" (buildings by function), the same by
     * construction year ("Huidige situatie (bouwjaar)": one fill cannot show both) and "Kansen en
     * uitdagingen".
     */
    public static List<MapTheme> themes(MapAnalyses analyses) {
        MapTheme byYear = Themes.currentSituation(BuildingColouring.CONSTRUCTION_YEAR, analyses);
        return List.of(
                Themes.currentSituation(BuildingColouring.FUNCTION, analyses),
                new MapTheme(byYear.name() + " (bouwjaar)", byYear.subtitle(), byYear.layers()),
                Themes.opportunities(analyses));
    }

    /**
     * Writes every map of the park into a folder (created when missing).
     *
     * @param snapshot the park
     * @param analyses the results the themes colour by (solar, label C); missing ones show as
     *     "niet beoordeeld"
     * @param date the date printed on the maps
     * @param outDir the folder
     * @return the files written, in writing order
     * @throws IOException naming the file that could not be written
     */
    public static List<Path> writeAll(ParkSnapshot snapshot, MapAnalyses analyses, LocalDate date, Path outDir)
            throws IOException {
        MapContent content = MapContent.of(snapshot, analyses);
        List<Path> written = new ArrayList<>();
        for (MapTheme theme : themes(analyses)) {
            MapSheet sheet = MapSheet.of(content, theme, date);
            for (PageSpec spec : PAPER) {
                written.add(writePdf(sheet, spec, outDir));
                written.add(writePng(sheet, spec, outDir));
            }
            written.add(writePng(sheet, PageSpec.SCREEN, outDir));
        }
        return written;
    }

    /** Writes one sheet as PDF into the folder; returns the file. */
    public static Path writePdf(MapSheet sheet, PageSpec spec, Path outDir) throws IOException {
        Path file = outDir.resolve(fileName(sheet, spec, "pdf"));
        try {
            PdfPageWriter.write(spec, sheet, file);
        } catch (IOException e) {
            throw new IOException("kaart niet geschreven naar " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Writes one sheet as PNG into the folder; returns the file. */
    public static Path writePng(MapSheet sheet, PageSpec spec, Path outDir) throws IOException {
        Path file = outDir.resolve(fileName(sheet, spec, "png"));
        try {
            PngPageWriter.write(spec, sheet, file);
        } catch (IOException e) {
            throw new IOException("kaart niet geschreven naar " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** "De Vaart - Huidige situatie - A3.pdf", safe on Windows. */
    public static String fileName(MapSheet sheet, PageSpec spec, String extension) {
        return FileNames.safe(sheet.parkName() + " - " + sheet.theme().name() + " - " + spec.name()) + "." + extension;
    }
}
