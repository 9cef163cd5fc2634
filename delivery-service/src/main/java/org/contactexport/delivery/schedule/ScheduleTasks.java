package org.contactexport.delivery.schedule;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schedules' work as db-scheduler tasks: the scheduler picks each execution on one
 * instance only (a version-checked update of its row in PostgreSQL).
 */
@Configuration(proxyBeanMethods = false)
class ScheduleTasks {

    /** One execution per schedule (instance id = schedule id), moved to the next due time. */
    static final String SCHEDULE_DUE = "schedule-due";

    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

    @Bean
    CustomTask<Void> scheduleDueTask(ScheduleRunner runner) {
        return Tasks.custom(SCHEDULE_DUE, Void.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_FAILURE))
                .execute((instance, context) -> {
                    Optional<Instant> next = runner.runDue(UUID.fromString(instance.getId()),
                            context.getExecution().executionTime);
                    return next.<CompletionHandler<Void>>map(time ->
                                    (complete, operations) -> operations.reschedule(complete, time))
                            .orElse((complete, operations) -> operations.remove());
                });
    }

    @Bean
    RecurringTask<Void> scheduleEndingTask(ScheduleRunner runner, ScheduleSettings settings) {
        return Tasks.recurring("schedule-ending-notices", FixedDelay.of(settings.pollingInterval()))
                .execute((instance, context) -> runner.announceEndings());
    }
}
