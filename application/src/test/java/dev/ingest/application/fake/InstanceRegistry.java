package dev.ingest.application.fake;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM-wide registry through which the copies of a fake's writer factory or sink, serialized to an executor thread
 * by Spark's local mode, find the fake itself. It holds each fake weakly: a fake lives as long as its test (or the
 * stream's driver) holds it, and is then forgotten instead of piling up across tests.
 */
final class InstanceRegistry<T> {

    private final Map<String, WeakReference<T>> instances = new ConcurrentHashMap<>();

    /** Registers the instance under a new id; forgets, on the way, the instances nobody holds any more. */
    String register(T instance) {
        forgetCollected();
        String id = UUID.randomUUID().toString();
        instances.put(id, new WeakReference<>(instance));
        return id;
    }

    T find(String id) {
        WeakReference<T> reference = instances.get(id);
        T instance = reference == null ? null : reference.get();
        if (instance == null) {
            throw new IllegalStateException("no fake with id " + id + " is held any more in this JVM");
        }
        return instance;
    }

    /** How many registered instances are still held by someone. */
    int size() {
        forgetCollected();
        return instances.size();
    }

    private void forgetCollected() {
        instances.values().removeIf(reference -> reference.get() == null);
    }
}
