package nl.kansenkaart.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service for tests: answers the file chooser with a preset file and records errors. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    Optional<Path> projectToOpen = Optional.empty();
    List<Path> sourceFiles = List.of();
    Optional<Path> exportFolder = Optional.empty();
    Optional<Path> areaFile = Optional.empty();
    Optional<Path> projectToWrite = Optional.empty();
    final List<String> information = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return projectToOpen;
    }

    @Override
    public Optional<Path> chooseProjectToWrite(String titleKey) {
        return projectToWrite;
    }

    @Override
    public List<Path> chooseSourceFiles() {
        return sourceFiles;
    }

    @Override
    public Optional<Path> chooseAreaFile() {
        return areaFile;
    }

    @Override
    public Optional<Path> chooseExportFolder() {
        return exportFolder;
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }
}
