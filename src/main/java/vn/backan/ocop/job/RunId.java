package vn.backan.ocop.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

import vn.backan.ocop.report.RunSpan;

/** A run is a job instance: a restart continues the same run, a new night starts a new one. */
final class RunId {

    private RunId() {
    }

    static long of(StepExecution step) {
        return step.getJobExecution().getJobInstance().getInstanceId();
    }

    static long of(ChunkContext chunk) {
        return of(chunk.getStepContext().getStepExecution());
    }

    /** The runs whose changes this run's progress workbook lists: itself, and an interrupted run completed just before. */
    static RunSpan changes(ChunkContext chunk) {
        long run = of(chunk);
        Long from = chunk.getStepContext().getStepExecution().getJobParameters().getLong(RunParameters.CHANGES_FROM);
        return from == null || from > run ? RunSpan.of(run) : new RunSpan(from, run);
    }

    static RunParameters parameters(ChunkContext chunk) {
        return RunParameters.of(chunk.getStepContext().getStepExecution().getJobParameters());
    }
}
