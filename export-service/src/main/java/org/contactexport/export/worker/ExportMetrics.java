package org.contactexport.export.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** What the person on call watches: exports finished, rows written, time taken. */
@Component
class ExportMetrics {

    private final Counter completed;
    private final Counter failed;
    private final Counter rows;
    private final Timer duration;

    ExportMetrics(MeterRegistry meters) {
        this.completed = meters.counter("exports.completed");
        this.failed = meters.counter("exports.failed");
        this.rows = Counter.builder("exports.rows.written").baseUnit("rows").register(meters);
        this.duration = Timer.builder("exports.duration")
                .description("From the request to the completed file")
                .register(meters);
    }

    void partWritten(long rowCount) {
        rows.increment(rowCount);
    }

    void completed(Duration took) {
        completed.increment();
        duration.record(took);
    }

    void failed() {
        failed.increment();
    }
}
