package nl.kansenkaart.app.gui;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog the workbench shows goes through here, so view-model tests can answer them. */
public interface DialogService {

    /** Shows an error in plain Dutch (no stack trace). */
    void showError(String title, String message);

    /** Asks for a project file (.gpkg) to open; empty when the user cancels. */
    Optional<Path> chooseProjectToOpen();

    /**
     * Asks where to write a project file (.gpkg): a new, empty project or a copy of the open one
     * ("Opslaan als…"); empty when the user cancels.
     *
     * @param titleKey the chooser's title in the resource bundle
     */
    Optional<Path> chooseProjectToWrite(String titleKey);

    /** Asks for source files to import (GeoJSON, GeoPackage, Shapefile, CSV, CityJSON); empty when cancelled. */
    java.util.List<Path> chooseSourceFiles();

    /** Asks for an area file (polygons of a plan area) an import is limited to; empty when cancelled. */
    Optional<Path> chooseAreaFile();

    /** Asks for the folder an export writes into; empty when the user cancels. */
    Optional<Path> chooseExportFolder();

    /** Shows a message that needs no answer (what an export wrote). */
    void showInformation(String title, String message);
}
