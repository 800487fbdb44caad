package dev.ingest.application.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class InstanceRegistryTest {

    private final InstanceRegistry<Object> registry = new InstanceRegistry<>();

    @Test
    void a_held_instance_is_found_by_its_id() {
        Object held = new Object();
        String id = registry.register(held);

        assertThat(registry.find(id)).isSameAs(held);
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void an_instance_nobody_holds_any_more_is_forgotten() throws InterruptedException {
        String id = registry.register(new Object());

        for (int attempt = 0; attempt < 100 && registry.size() > 0; attempt++) {
            System.gc();
            Thread.sleep(10);
        }

        assertThat(registry.size()).isZero();
        assertThatIllegalStateException().isThrownBy(() -> registry.find(id));
    }
}
