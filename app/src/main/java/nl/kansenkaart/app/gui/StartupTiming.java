package nl.kansenkaart.app.gui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;

/**
 * With the environment variable {@value #VARIABLE} set, prints on standard error when the window is
 * shown, when the first map frame of a park is on screen and when its analyses are, in milliseconds since the JVM started,
 * the process's CPU time, and as epoch milliseconds (so a script can measure from the launcher's own
 * start). For the start-up benchmark; silent otherwise.
 */
final class StartupTiming {
    /** The environment variable that turns the timing lines on. */
    static final String VARIABLE = "KANSENKAART_STARTTIJD";

    private StartupTiming() {}

    /** Reports the stage's first showing and the first frame of the map, once each. */
    static void watch(Stage stage, WorkbenchViewModel vm) {
        if (Optional.ofNullable(System.getenv(VARIABLE))
                .filter(v -> !v.isBlank())
                .isEmpty()) {
            return;
        }
        if (stage.isShowing()) {
            print("venster getoond");
        } else {
            stage.setOnShown(e -> print("venster getoond"));
        }
        ChangeListener<Optional<MapViewModel.MapFrame>> first = new ChangeListener<>() {
            @java.lang.Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends Optional<MapViewModel.MapFrame>> o,
                    Optional<MapViewModel.MapFrame> was,
                    Optional<MapViewModel.MapFrame> now) {
                if (now.isPresent() && vm.map().content().isPresent()) {
                    vm.map().frameProperty().removeListener(this);
                    String park = vm.map().content().get().snapshot().park().name();
                    // The frame is set on the FX thread; the next pulse puts it on screen.
                    Platform.runLater(() -> print("eerste kaartbeeld met " + park));
                }
            }
        };
        vm.map().frameProperty().addListener(first);
        ChangeListener<Optional<AnalysedPark>> analysed = new ChangeListener<>() {
            @java.lang.Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends Optional<AnalysedPark>> o,
                    Optional<AnalysedPark> was,
                    Optional<AnalysedPark> now) {
                if (now.isPresent()) {
                    vm.analysesProperty().removeListener(this);
                    Platform.runLater(() -> print("analyses en tabellen getoond"));
                }
            }
        };
        vm.analysesProperty().addListener(analysed);
    }

    private static void print(String what) {
        long now = System.currentTimeMillis();
        long sinceJvm = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        // CPU time of the whole process: on a shared machine the wall clock mostly measures the others.
        long cpuMs = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000
                : -1;
        System.err.println(String.format(
                Locale.ROOT,
                "opstarttijd: %s na %d ms sinds JVM-start, %d ms CPU (epoch-ms %d)",
                what,
                sinceJvm,
                cpuMs,
                now));
    }
}
