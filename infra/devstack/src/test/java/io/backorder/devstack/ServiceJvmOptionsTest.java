package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceJvmOptionsTest {

    @Test
    void services_run_within_issue_sevens_memory_bound_unless_the_environment_names_other_options() {
        assertThat(ServiceProcess.jvmOptions(null)).contains("-Xmx200m", "-XX:+UseSerialGC");
        assertThat(ServiceProcess.jvmOptions("  ")).isEqualTo(ServiceProcess.JVM_OPTIONS);
        assertThat(ServiceProcess.jvmOptions(" -Xmx384m  -XX:+UseG1GC ")).containsExactly("-Xmx384m", "-XX:+UseG1GC");
    }
}
