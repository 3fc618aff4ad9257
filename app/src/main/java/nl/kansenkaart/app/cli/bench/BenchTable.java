package nl.kansenkaart.app.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A benchmark's result: rows of metric, value, unit and goal, printed in fixed-width columns. */
public final class BenchTable {

    /**
     * One measured figure.
     *
     * @param metric what was measured, in Dutch
     * @param value the figure, already formatted in Dutch notation
     * @param unit the unit ("s", "MB", "objecten/s")
     * @param goal the goal it is measured against, or "" when there is none
     */
    public record Row(String metric, String value, String unit, String goal) {
        public Row {
            if (metric == null || metric.isBlank()) {
                throw new IllegalArgumentException("benchmarkregel zonder naam");
            }
            value = value == null ? "" : value;
            unit = unit == null ? "" : unit;
            goal = goal == null ? "" : goal;
        }
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    public BenchTable(String title) {
        this.title = title;
    }

    /** Adds a row. */
    public BenchTable add(String metric, String value, String unit, String goal) {
        rows.add(new Row(metric, value, unit, goal));
        return this;
    }

    /** The rows so far. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Prints the title, a header and the rows; the value column is right-aligned. */
    public void print(PrintWriter out, String metricHeader, String valueHeader, String unitHeader, String goalHeader) {
        int m = metricHeader.length();
        int v = valueHeader.length();
        int u = unitHeader.length();
        for (Row r : rows) {
            m = Math.max(m, r.metric().length());
            v = Math.max(v, r.value().length());
            u = Math.max(u, r.unit().length());
        }
        String format = "%-" + m + "s  %" + v + "s  %-" + u + "s  %s%n";
        out.println(title);
        out.printf(format, metricHeader, valueHeader, unitHeader, goalHeader);
        out.println("-".repeat(m + v + u + 6 + goalHeader.length()));
        for (Row r : rows) {
            out.printf(format, r.metric(), r.value(), r.unit(), r.goal());
        }
        out.flush();
    }
}
