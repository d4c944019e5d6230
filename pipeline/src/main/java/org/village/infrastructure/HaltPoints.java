package org.village.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The crash tests' hook: stops the JVM at once ({@link Runtime#halt}, as {@code kill -9} or a power cut would, with
 * no shutdown hook, no rollback and no step marked failed) at a named point of the monthly job. Inert unless
 * {@code village.halt-at} is set (BatchInfrastructureConfiguration registers it only then); nothing in a district's
 * configuration sets it.
 * <p>
 * {@code village.halt-at} lists points as {@code step@phase}, comma-separated; a step is named as Spring Batch names
 * it (a partition {@code loadSource:partition3} answers to {@code loadSource}) and the job as {@code job}:
 * <ul>
 * <li>{@code job@start}: the job's execution is stored as started and no step has begun;</li>
 * <li>{@code step@start}: the step's execution is stored as started and it has done nothing;</li>
 * <li>{@code step@committed}: a tasklet's work is committed and the step not yet complete; a chunk step's first chunk
 * is committed and its next not begun;</li>
 * <li>{@code step@end}: the step's work is done, and Spring Batch has not yet stored it as complete.</li>
 * </ul>
 * {@code village.halt-log} names a file where each point is written, and forced to disk, before the JVM halts there;
 * a point already in it is passed, so one list serves a chain of runs that each stop at the next point until one
 * finishes. The JVM halts with exit code 137, the code of a process killed by SIGKILL.
 */
public final class HaltPoints implements BeanPostProcessor {

    static final int EXIT_CODE = 137;
    private static final String JOB = "job";

    private final Set<String> points;
    private final Path log;
    private final Set<String> passed;
    private final Listener listener = new Listener();

    public HaltPoints(String haltAt, Path log) {
        this.points = new LinkedHashSet<>(List.of(haltAt.split("\\s*,\\s*")));
        this.log = log;
        this.passed = read(log);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(listener);
        }
        if (bean instanceof TaskletStep step) {
            step.registerChunkListener(listener);
        }
        else if (bean instanceof ChunkOrientedStep<?, ?> step) {
            registerChunkListener(step);
        }
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(listener);
        }
        return bean;
    }

    @SuppressWarnings("unchecked")
    private <I, O> void registerChunkListener(ChunkOrientedStep<I, O> step) {
        step.registerChunkListener((ChunkListener<I, O>) listener);
    }

    private void reached(String step, String phase) {
        String name = step.contains(":") ? step.substring(0, step.indexOf(':')) : step;
        String point = name + "@" + phase;
        if (points.contains(point)) {
            haltTheFirstTime(point);
        }
    }

    /**
     * Halts the first time a point not in the log is reached, having written it to the log, on disk. The halt is
     * inside the lock: the KPI steps run on two threads, and a second thread must not log a point of its own
     * between this one's log line and its halt, or the log would name two points for one halt.
     */
    private synchronized void haltTheFirstTime(String point) {
        if (!passed.add(point)) {
            return;
        }
        try (FileChannel file = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            file.write(ByteBuffer.wrap((point + "\n").getBytes(StandardCharsets.UTF_8)));
            file.force(true);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the halt log " + log, e);
        }
        System.out.println("Halting at " + point);
        System.out.flush();
        Runtime.getRuntime().halt(EXIT_CODE);
    }

    private static Set<String> read(Path log) {
        try {
            return Files.exists(log) ? new HashSet<>(Files.readAllLines(log)) : new HashSet<>();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the halt log " + log, e);
        }
    }

    /** One listener for every kind of step and the job; counts each chunk step's chunks by its execution. */
    @SuppressWarnings("rawtypes")
    private final class Listener implements StepExecutionListener, ChunkListener, JobExecutionListener {

        private final ConcurrentHashMap<Long, AtomicInteger> chunks = new ConcurrentHashMap<>();

        @Override
        public void beforeJob(JobExecution jobExecution) {
            reached(JOB, "start");
        }

        @Override
        public void beforeStep(StepExecution stepExecution) {
            reached(stepExecution.getStepName(), "start");
        }

        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
            if (stepExecution.getStatus().isUnsuccessful()) {
                return null;
            }
            reached(stepExecution.getStepName(), "end");
            return null;
        }

        /** A tasklet step's chunk listener hears this after the chunk's transaction committed. */
        @Override
        public void afterChunk(ChunkContext context) {
            reached(context.getStepContext().getStepName(), "committed");
        }

        /** A chunk step's listener runs inside the chunk's transaction: the chunk before this one is committed. */
        @Override
        public void beforeChunk(Chunk chunk) {
            StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
            if (chunks.computeIfAbsent(step.getId(), id -> new AtomicInteger()).incrementAndGet() == 2) {
                reached(step.getStepName(), "committed");
            }
        }
    }
}
