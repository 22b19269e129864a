package io.backorder.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuByLibraryTest {

    @Test
    void a_jdk_method_called_by_a_library_counts_for_that_library() {
        assertThat(CpuByLibrary.of(List.of(
                "java/lang/Thread.run;io/backorder/eventing/InboxConsumer.consume;"
                        + "org/hibernate/internal/SessionImpl.flush;java/util/HashMap.get 7")))
                .containsExactly(entry("Hibernate ORM", 7));
    }

    @Test
    void kernel_time_under_the_driver_counts_for_the_driver() {
        assertThat(CpuByLibrary.of(List.of(
                "java/lang/Thread.run;io/backorder/eventing/Sql.update;org/postgresql/core/PGStream.flush;"
                        + "java/net/SocketOutputStream.write;__send_[k];tcp_sendmsg_[k] 3")))
                .containsExactly(entry("PostgreSQL driver", 3));
    }

    @Test
    void compiler_and_collector_threads_count_apart_from_what_they_compile_or_collect() {
        assertThat(CpuByLibrary.of(List.of(
                "start_thread;thread_native_entry;Thread::call_run;JavaThread::thread_main_inner;"
                        + "CompileBroker::compiler_thread_loop;C2Compiler::compile_method;Compile::Compile 40",
                "start_thread;thread_native_entry;Thread::call_run;VMThread::run;VM_GenCollectForAllocation::doit 5")))
                .containsExactly(entry(CpuByLibrary.JIT, 40), entry(CpuByLibrary.GC, 5));
    }

    @Test
    void the_kafka_client_in_a_service_is_not_the_broker_whose_threads_run_the_shared_network_code_too() {
        assertThat(CpuByLibrary.of(List.of(
                "java/lang/Thread.run;org/apache/kafka/clients/producer/internals/Sender.run 4",
                "java/lang/Thread.run;io/smallrye/reactive/messaging/kafka/impl/KafkaSource.lambda 2",
                "java/lang/Thread.run;kafka/network/Processor.run;org/apache/kafka/common/network/Selector.poll 3",
                "java/lang/Thread.run;kafka/server/KafkaRequestHandler.run;kafka/server/KafkaApis.handle 6")))
                .containsExactly(entry("Kafka broker", 9), entry("Kafka client", 4),
                        entry("SmallRye messaging, Mutiny", 2));
    }

    @Test
    void stacks_without_a_library_are_the_jdks_or_native_and_the_largest_comes_first() {
        assertThat(CpuByLibrary.of(List.of(
                "java/lang/Thread.run;java/util/concurrent/ThreadPoolExecutor.runWorker 2",
                "[unknown];__GI_read 1",
                "io/backorder/order/readmodel/OrderView.list 1",
                "io/backorder/order/readmodel/OrderView.list 4")))
                .containsExactly(entry("Backorder Manager", 5), entry(CpuByLibrary.JDK, 2),
                        entry(CpuByLibrary.NATIVE, 1));
    }

    @Test
    void lines_that_are_not_a_stack_and_its_count_are_skipped() {
        assertThat(CpuByLibrary.of(List.of("", "no-count-here", "io/backorder/X.y many", "io/backorder/X.y 2")))
                .containsExactly(entry("Backorder Manager", 2));
    }

    private static Map.Entry<String, Long> entry(String library, long samples) {
        return Map.entry(library, samples);
    }
}
