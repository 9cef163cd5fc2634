package org.contactexport.delivery.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The clustered scheduler (db-scheduler on this service's PostgreSQL). Built here rather than
 * by db-scheduler's starter, whose auto-configuration 16.7.1 names Spring Boot 3 classes.
 * Its data source joins Spring transactions, so scheduling a task commits with the change
 * that asks for it.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
            List<RecurringTask<?>> recurringTasks, ScheduleSettings settings) {
        List<Task<?>> oneTime = new ArrayList<>(tasks);
        oneTime.removeAll(recurringTasks);

        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                .startTasks(recurringTasks)
                .schedulerName(new SchedulerName.Fixed(instanceName()))
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.pollingInterval())
                .enableImmediateExecution()
                .threads(4)
                .build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {

            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    /** Unique per application context, so two instances on one host are told apart. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "delivery-service";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
