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
        MainView.show(stage, vm, work);
        Workbench.initialProject().ifPresent(vm::openProject);
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
