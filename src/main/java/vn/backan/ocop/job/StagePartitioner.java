package vn.backan.ocop.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.backan.ocop.warehouse.SubmissionRegistry;

/**
 * One partition of the stage step per workbook the run registered: workbooks are read, validated and
 * staged side by side (a district file is small and independent of the others until review), each
 * partition restartable from its own last commit. Named by submission id, so a restart finds them again.
 */
class StagePartitioner implements Partitioner {

    static final String SUBMISSION = "stage.submission";

    private final SubmissionRegistry registry;
    private final long runId;

    StagePartitioner(SubmissionRegistry registry, long runId) {
        this.registry = registry;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        registry.pending(runId).forEach(submission -> {
            ExecutionContext context = new ExecutionContext();
            context.putLong(SUBMISSION, submission.id());
            partitions.put("submission-" + submission.id(), context);
        });
        return partitions;
    }
}
