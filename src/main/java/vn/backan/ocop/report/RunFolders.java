package vn.backan.ocop.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The folders a run was started with, as the run log recorded them. */
@Repository
class RunFolders {

    private final JdbcTemplate jdbc;

    RunFolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The input folder that the run's submissions' file paths are relative to. */
    Optional<Path> input(long runId) {
        List<String> dirs = jdbc.queryForList("select input_dir from audit_run where run_id = ?", String.class, runId);
        return dirs.stream().filter(d -> d != null && !d.isBlank()).findFirst().map(Path::of);
    }
}
