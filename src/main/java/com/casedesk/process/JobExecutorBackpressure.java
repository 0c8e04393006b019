package com.casedesk.process;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The job executor's thread pool makes the acquisition wait for room in its queue instead of refusing the
 * jobs it acquired (issue 20, timer storm).
 *
 * <p>Why: the starter's pool refuses a batch when its queue is full, and Camunda keeps the refused jobs locked and
 * hands them in again on the next acquisition cycle — at once, as long as any of them was taken. In a storm of
 * 10,000 due timers the queue is full most of the time, so the acquisition thread spun: 15,600 cycles and 263,000
 * refusals in two minutes, a core of the two spent handing in the same jobs, the timers fired at ~90/s instead of
 * ~200/s. When the due timers ran out, the last refused ones waited for the next cycle, which the acquisition then
 * slept through (an acquisition that finds fewer jobs than it asked for waits {@code wait-time-in-millis}, 5 s):
 * the tail of the last 1 %. Waiting for room is backpressure at the source: the acquisition locks jobs only as
 * fast as they run, no acquired job is left behind, and nothing spins. Only the acquisition thread submits to this
 * pool, so no job thread ever waits on itself; a shut-down pool still refuses.
 */
@Component
class JobExecutorBackpressure implements BeanPostProcessor {

    /** The starter's name for the job executor's pool. */
    static final String POOL = DefaultJobConfiguration.JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (POOL.equals(beanName) && bean instanceof ThreadPoolTaskExecutor pool) {
            pool.setRejectedExecutionHandler(new WaitForRoom());
        }
        return bean;
    }

    /** Puts the task into the full queue, waiting until a job thread takes one. */
    static final class WaitForRoom implements RejectedExecutionHandler {

        @Override
        public void rejectedExecution(Runnable task, ThreadPoolExecutor pool) {
            if (pool.isShutdown()) {
                throw new RejectedExecutionException("the job executor's pool is shut down");
            }
            try {
                pool.getQueue().put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException("interrupted while waiting for room in the job executor's queue", e);
            }
        }
    }
}
