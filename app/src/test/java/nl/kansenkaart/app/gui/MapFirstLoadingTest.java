package nl.kansenkaart.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import nl.kansenkaart.app.map.TestParks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a park shows its map before its analyses are in, so the window is usable early. */
class MapFirstLoadingTest {
    @TempDir
    Path dir;

    /** Holds work until the test lets it run, one piece at a time, as a slow machine would. */
    private static final class SteppedExecutor implements TaskExecutor {
        private final Deque<Runnable> waiting = new ArrayDeque<>();
        private final SynchronousTaskExecutor now = new SynchronousTaskExecutor();

        @Override
        public <T> Cancellable execute(
                String title, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            boolean[] cancelled = {false};
            waiting.add(() -> {
                if (!cancelled[0]) {
                    now.execute(title, work, onSuccess, onFailure);
                }
            });
            return new Cancellable() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            };
        }

        void runNext() {
            waiting.removeFirst().run();
        }
    }

    @Test
    void the_map_shows_the_park_before_its_analyses_are_in_and_the_tables_follow() throws Exception {
        Path file = TestProjects.write(dir.resolve("wieken.gpkg"), TestParks.small());
        SteppedExecutor work = new SteppedExecutor();
        RecordingDialogs dialogs = new RecordingDialogs();
        WorkbenchViewModel vm = new WorkbenchViewModel(work, new SynchronousTaskExecutor(), dialogs);
        vm.map().resize(800, 600);
        vm.openProject(file);
        work.runNext(); // open the project: the first park is chosen

        work.runNext(); // load the park and its map

        assertThat(vm.map().content()).isPresent();
        assertThat(vm.map().frameProperty().get()).isPresent();
        assertThat(vm.analysesProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Analyses rekenen");
        assertThat(vm.building().visibleProperty().get()).isFalse();

        work.runNext(); // every analysis

        assertThat(vm.analysesProperty().get()).isPresent();
        assertThat(vm.addresses().rowCount()).isEqualTo(4);
        assertThat(vm.solarTable().rows()).isNotEmpty();
        assertThat(vm.map().content())
                .containsSame(vm.analysesProperty().get().get().content());
        assertThat(vm.statusProperty().get()).contains("4 panden", "4 verblijfsobjecten");
        assertThat(dialogs.errors).isEmpty();
        vm.close();
    }
}
