package nl.kansenkaart.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the workbench remembers between sessions (java.util.prefs): recent projects and the window's place. */
public final class WorkbenchPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchPreferences.class);
    /** How many recent projects the menu lists. */
    public static final int MAX_RECENT = 8;

    /**
     * The window's place and size in screen pixels.
     *
     * @param x left edge
     * @param y top edge
     * @param width width, above 0
     * @param height height, above 0
     * @param maximized whether it was maximised
     */
    public record WindowState(double x, double y, double width, double height, boolean maximized) {
        public WindowState {
            if (!(width > 0 && height > 0)) {
                throw new IllegalArgumentException("ongeldige venstergrootte " + width + " x " + height);
            }
        }
    }

    private final Preferences node;

    /** Preferences in the given node (tests pass a node of their own). */
    public WorkbenchPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's workbench preferences. */
    public static WorkbenchPreferences user() {
        return new WorkbenchPreferences(Preferences.userNodeForPackage(WorkbenchPreferences.class));
    }

    /** The recent project files that still exist, newest first. */
    public List<Path> recentProjects() {
        List<Path> list = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = node.get("recent." + i, "");
            if (!p.isEmpty() && Files.isRegularFile(Path.of(p))) {
                list.add(Path.of(p));
            }
        }
        return list;
    }

    /** Puts a project first in the recent list (once). */
    public void projectOpened(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentProjects());
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                node.put("recent." + i, list.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
    }

    /** The last window state, when one was saved. */
    public Optional<WindowState> windowState() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowState(
                node.getDouble("window.x", 0),
                node.getDouble("window.y", 0),
                w,
                h,
                node.getBoolean("window.maximized", false)));
    }

    /** Remembers the window state. */
    public void saveWindowState(WindowState s) {
        node.putDouble("window.x", s.x());
        node.putDouble("window.y", s.y());
        node.putDouble("window.width", s.width());
        node.putDouble("window.height", s.height());
        node.putBoolean("window.maximized", s.maximized());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembering is a convenience: the work itself is never at stake, so log and go on.
            LOG.warn("voorkeuren opslaan mislukt", e);
        }
    }
}
