package nl.kansenkaart.app.cli.bench;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this process used since a start point. Printed beside the wall time because on a
 * shared machine the wall time also measures the neighbours.
 */
final class CpuClock {
    private final long startNanos;

    private CpuClock(long startNanos) {
        this.startNanos = startNanos;
    }

    static CpuClock start() {
        return new CpuClock(processCpuNanos());
    }

    /** CPU seconds used by all threads of this process since the start, or 0 when the JVM cannot tell. */
    double seconds() {
        long now = processCpuNanos();
        return now < 0 || startNanos < 0 ? 0 : (now - startNanos) / 1e9;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
