package io.backorder.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps the live consumers and a rebuild apart: consumers handle their batches side by side, a
 * rebuild waits for the batches under way to commit and holds new ones back until it committed.
 * The held-back consumers then find the records the rebuild covered in their inbox and skip them.
 * This instance's consumers only; the rebuild holds other instances' by locking the inbox and read-model
 * tables ({@link ProjectionRebuild}). Holding this instance's in memory as well keeps their batches from
 * opening transactions that would only wait on those locks.
 */
@ApplicationScoped
public class ProjectionGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    public void whileOpen(Runnable batch) {
        lock.readLock().lock();
        try {
            batch.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T exclusively(Supplier<T> rebuild) {
        lock.writeLock().lock();
        try {
            return rebuild.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean closed() {
        return lock.isWriteLocked();
    }
}
