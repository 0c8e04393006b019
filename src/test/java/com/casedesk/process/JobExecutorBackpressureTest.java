package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Issue 20, timer storm: a full job-executor queue makes the acquisition wait for room; it does not refuse
 * the jobs it locked (which Camunda then hands in again in a busy loop and, at the end of a storm, after an
 * idle wait).
 */
class JobExecutorBackpressureTest {

    @Test
    void theStartersJobPoolWaitsForRoomAndNoOtherPoolIsTouched() {
        JobExecutorBackpressure backpressure = new JobExecutorBackpressure();
        ThreadPoolTaskExecutor jobPool = (ThreadPoolTaskExecutor) DefaultJobConfiguration.JobConfiguration
                .camundaTaskExecutor(new CamundaBpmProperties());
        ThreadPoolTaskExecutor other = new ThreadPoolTaskExecutor();
        backpressure.postProcessBeforeInitialization(jobPool, JobExecutorBackpressure.POOL);
        backpressure.postProcessBeforeInitialization(other, "applicationTaskExecutor");
        jobPool.initialize();
        other.initialize();
        try {
            assertThat(jobPool.getThreadPoolExecutor().getRejectedExecutionHandler())
                    .isInstanceOf(JobExecutorBackpressure.WaitForRoom.class);
            assertThat(other.getThreadPoolExecutor().getRejectedExecutionHandler())
                    .isNotInstanceOf(JobExecutorBackpressure.WaitForRoom.class);
        } finally {
            jobPool.shutdown();
            other.shutdown();
        }
    }

    @Test
    void aSubmissionToAFullPoolWaitsUntilAJobThreadTakesOneAndEveryTaskRuns() throws Exception {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                new JobExecutorBackpressure.WaitForRoom());
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        try {
            pool.execute(() -> {
                await(release);
                ran.incrementAndGet();
            });
            pool.execute(ran::incrementAndGet); // queued: the queue is now full
            Thread acquisition = new Thread(() -> pool.execute(ran::incrementAndGet));
            acquisition.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (acquisition.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(acquisition.getState()).as("the third submission waits for room").isEqualTo(Thread.State.WAITING);
            assertThat(ran).hasValue(0);

            release.countDown();
            acquisition.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(acquisition.isAlive()).isFalse();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).as("nothing refused, nothing lost").hasValue(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPoolThatIsShutDownStillRefuses() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                new JobExecutorBackpressure.WaitForRoom());
        pool.shutdown();
        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
