package nl.kansenkaart.app.gui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application of the workbench; start it through {@link Workbench#launch}. */
public final class WorkbenchApplication extends Application {
    private FxTaskExecutor work;
    private FxTaskExecutor render;
    private WorkbenchViewModel vm;

    @java.lang.Override
    public void start(Stage stage) {
        work = new FxTaskExecutor(2);
        // Rendering gets its own thread so a long park load never holds up the map.
        render = new FxTaskExecutor(1);
        vm = new WorkbenchViewModel(work, render, new FxDialogService(stage));
        WorkbenchPreferences prefs = WorkbenchPreferences.user();
        vm.usePreferences(prefs);
        StartupTiming.watch(stage, vm);
        MainView.show(stage, vm, work);
        prefs.windowState().ifPresent(w -> {
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
        });
        stage.setOnCloseRequest(e -> {
            if (!stage.isFullScreen() && stage.getWidth() > 0 && stage.getHeight() > 0) {
                prefs.saveWindowState(new WorkbenchPreferences.WindowState(
                        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            }
        });
        // A project named on the command line wins; otherwise the last one opened.
        Workbench.initialProject()
                .or(() -> prefs.recentProjects().stream().findFirst())
                .ifPresent(vm::openProject);
    }

    @java.lang.Override
    public void stop() {
        if (vm != null) {
            vm.close();
        }
        if (work != null) {
            work.close();
        }
        if (render != null) {
            render.close();
        }
    }
}
