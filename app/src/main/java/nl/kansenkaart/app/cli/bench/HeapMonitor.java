package nl.kansenkaart.app.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak heap in use while a benchmark runs. The used heap is highest just before a
 * collection, so the GC notifications' "before" figures are the real peaks; a sampler thread
 * catches the peak of a run that ends without a collection.
 */
public final class HeapMonitor implements AutoCloseable {
    private final AtomicLong peakBytes = new AtomicLong();
    private final List<Runnable> unregister = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapMonitor() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::onGc;
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // Already gone: nothing to undo.
                    }
                });
            }
        }
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts measuring from the heap in use now (after a collection, so earlier garbage does not count). */
    public static HeapMonitor start() {
        System.gc();
        HeapMonitor monitor = new HeapMonitor();
        monitor.record(usedHeap());
        return monitor;
    }

    /** The highest heap use seen so far, in bytes. */
    public long peakBytes() {
        record(usedHeap());
        return peakBytes.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unregister.forEach(Runnable::run);
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long before = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage u = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
                before += u == null ? 0 : u.getUsed();
            }
        }
        record(before);
    }

    private void sample() {
        while (running) {
            record(usedHeap());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void record(long bytes) {
        peakBytes.accumulateAndGet(bytes, Math::max);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
