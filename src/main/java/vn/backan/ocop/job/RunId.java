package vn.backan.ocop.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

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

    static RunParameters parameters(ChunkContext chunk) {
        return RunParameters.of(chunk.getStepContext().getStepExecution().getJobParameters());
    }
}
