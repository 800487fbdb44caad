package dev.ingest.adapter.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What an operator looks at first when a stream slows, under Micrometer's standard names: the driver JVM's heap and
 * non-heap memory, GC pauses, threads and loaded classes ({@code jvm_*}), and the process's CPU, open files and uptime
 * ({@code process_*}, {@code system_*}). Two of {@link ProcessorMetrics}' names fail {@code promtool check metrics}, so
 * they are replaced: {@code process_cpu_time_ns_total} (an abbreviated unit) by Prometheus' own
 * {@code process_cpu_seconds_total}, and {@code system_cpu_count} (a gauge named like a histogram's part) by
 * {@code system_cpus}.
 */
final class JvmProcessMetrics implements AutoCloseable {

    /** The only binder that holds something: a listener on the JVM's GC notifications, removed on close. */
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /** Call before any meter is registered: Micrometer applies filters to the meters registered after them. */
    JvmProcessMetrics(MeterRegistry registry) {
        registry.config()
                .meterFilter(MeterFilter.denyNameStartsWith("process.cpu.time"))
                .meterFilter(new MeterFilter() {
                    @Override
                    public Meter.Id map(Meter.Id id) {
                        return "system.cpu.count".equals(id.getName()) ? id.withName("system.cpus") : id;
                    }
                });
        List<MeterBinder> binders = List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(),
                new ClassLoaderMetrics(), new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics());
        binders.forEach(binder -> binder.bindTo(registry));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            FunctionCounter.builder("process.cpu", os, bean -> bean.getProcessCpuTime() / 1e9)
                    .baseUnit("seconds").description("CPU time used by the process").register(registry);
        }
    }

    @Override
    public void close() {
        gc.close();
    }
}
