package vn.backan.ocop.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.backan.ocop.intake.WorkbookInspector;
import vn.backan.ocop.job.RunParameters;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Messages;
import vn.backan.ocop.warehouse.IssueStore;
import vn.backan.ocop.warehouse.SubmissionSheets;

/**
 * Runs the nightly job once over every workbook of the corpus, then holds each file to the outcome
 * written for it: every row's outcome, every problem with its sheet and cell, the sheets read and their
 * counts, the file's status. See {@code src/test/resources/corpus/README.md} for what each file covers.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:corpus;DB_CLOSE_DELAY=-1")
@SpringBatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusTest {

    private static final Map<String, String> TABLES = Map.of("PRODUCT", "stg_product", "ENTITY", "stg_entity",
            "COMMUNE", "stg_commune_indicator", "SUPPORT", "stg_support");

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IssueStore issueStore;
    @Autowired
    SubmissionSheets sheets;
    @Autowired
    ReferenceData reference;

    Path input;
    Path output;

    @BeforeAll
    void runTheJobOnceOverTheWholeCorpus(@TempDir Path dir) throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        output = dir.resolve("output");
        for (Map.Entry<String, CorpusFiles.Writer> file : CorpusFiles.all().entrySet()) {
            file.getValue().write(input.resolve(file.getKey()));
        }
        JobExecution run = jobs.startJob(new RunParameters(input, output, LocalDateTime.now(), null).toJobParameters());
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    static Stream<String> corpus() {
        return CorpusFiles.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyRowAndProblemIsAsExpected(String file) throws Exception {
        Expected expected = Expected.load(file);
        assertThat(actual(file)).as(file).containsExactlyElementsOf(expected.lines());
        Long id = submission(file);
        for (String message : expected.messages()) {
            checkMessage(id, message);
        }
        for (String value : expected.values()) {
            checkValue(id, value);
        }
    }

    /** The feedback copies a sheet's header rows as intake found them, without inspecting the file again. */
    @Test
    void theHeaderRowsRecordedAtIntakeAreThoseAnInspectionOfTheFileFinds() {
        int compared = 0;
        for (String file : CorpusFiles.all().keySet()) {
            Long id = submission(file);
            if (id == null) {
                continue;
            }
            Map<String, List<Integer>> inspected = new HashMap<>();
            new WorkbookInspector(reference.gazetteer()).inspect(input.resolve(file)).plans().values().stream()
                    .filter(plan -> plan.header() != null)
                    .forEach(plan -> inspected.put(plan.sheet().name(), List.of(plan.header().firstRow(), plan.header().lastRow())));
            Map<String, List<Integer>> recorded = new HashMap<>();
            sheets.headerRows(id).orElseThrow().forEach((sheet, rows) -> recorded.put(sheet, List.of(rows[0], rows[1])));
            assertThat(recorded).as(file).isEqualTo(inspected);
            compared += recorded.size();
        }
        assertThat(compared).isGreaterThan(20);
        // A sheet read before the first row was recorded: its feedback inspects the file.
        long any = jdbc.queryForObject("select min(submission_id) from audit_submission_sheet where header_row is not null", Long.class);
        jdbc.update("update audit_submission_sheet set header_first_row = null where submission_id = ?", any);
        assertThat(sheets.headerRows(any)).isEmpty();
    }

    @Test
    void everyProblemOfARowNamesItsSheetAndCell() {
        List<Map<String, Object>> unplaced = jdbc.queryForList("select s.file_name, i.issue_code, i.sheet_name, i.excel_row "
                + "from stg_issue i join audit_submission s on s.submission_id = i.submission_id "
                + "where i.excel_row > 0 and (i.cell_ref is null or i.sheet_name is null)");
        assertThat(unplaced).isEmpty();
    }

    @Test
    void everyRowReadIsLoadedOrRejected() {
        List<Map<String, Object>> sheets = jdbc.queryForList("select * from audit_submission_sheet");
        assertThat(sheets).isNotEmpty().allSatisfy(s -> assertThat((Integer) s.get("ROWS_READ"))
                .isEqualTo((Integer) s.get("ROWS_LOADED") + (Integer) s.get("ROWS_WARNING") + (Integer) s.get("ROWS_REJECTED")));
        TABLES.forEach((kind, table) -> assertThat(jdbc.queryForList("select outcome from " + table, String.class))
                .as(table).isNotEmpty().allMatch(o -> Set.of("loaded", "warning", "rejected").contains(o)));
    }

    /** What a clerk reads: every problem listed in a feedback workbook with a row names its sheet and its cell. */
    @Test
    void feedbackWorkbooksNameTheSheetAndCellOfEveryRowProblem() throws Exception {
        DataFormatter format = new DataFormatter();
        List<Path> workbooks;
        try (Stream<Path> files = Files.list(output.resolve("feedback"))) {
            workbooks = files.sorted().toList();
        }
        assertThat(workbooks).hasSize(jdbc.queryForObject("select count(*) from audit_submission", Integer.class));
        int checked = 0;
        for (Path workbook : workbooks) {
            try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
                Sheet problems = book.getSheet("Lỗi");
                boolean table = false;
                for (Row row : problems) {
                    String first = format.formatCellValue(row.getCell(0));
                    if (!table) {
                        table = first.equals("Mức độ");
                        continue;
                    }
                    String sheet = format.formatCellValue(row.getCell(1));
                    String cell = format.formatCellValue(row.getCell(2));
                    String code = format.formatCellValue(row.getCell(8));
                    assertThat(cell).as(workbook.getFileName() + " " + code).doesNotStartWith("dòng");
                    if (!cell.isEmpty()) {
                        assertThat(cell).as(workbook.getFileName() + " " + code).matches("[A-Z]{1,3}[1-9][0-9]*");
                        assertThat(sheet).as(workbook.getFileName() + " " + code).isNotEmpty();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(jdbc.queryForObject("select count(*) from stg_issue where cell_ref is not null", Integer.class));
    }

    /** Each rule of the catalogue is met by some corpus file, except those only other tests can provoke. */
    @Test
    void theCorpusMeetsEveryRuleOfTheCatalogue() {
        Set<IssueCode> elsewhere = EnumSet.of(
                IssueCode.FILE_CORRUPT, IssueCode.FILE_UNSAFE,          // intake.excel.HostileFilesTest
                IssueCode.FILE_CHANGED_DURING_RUN,                     // reruns tests: a file overwritten mid-run
                IssueCode.FILE_CORRECTION_UNREADABLE,                  // reruns tests: a correction that would erase a sheet
                IssueCode.FILE_IGNORED,                                // a file that is not a workbook is never a submission
                IssueCode.COMMUNE_NOT_YET_VALID);                      // reference.GazetteerTest: every Bắc Kạn merger kept a code,
                                                                       // so a real commune is mapped back instead (issue 10)
        Set<String> met = new TreeSet<>(jdbc.queryForList("select distinct issue_code from stg_issue", String.class));
        Set<String> unmet = new TreeSet<>();
        for (IssueCode code : IssueCode.values()) {
            if (!elsewhere.contains(code) && !met.contains(code.name())) {
                unmet.add(code.name());
            }
        }
        assertThat(unmet).as("rules no corpus file meets").isEmpty();
    }

    @Test
    void aSetInferredFromTheNameIsMarkedInTheWarehouseAsInStaging() {
        List<Map<String, Object>> published = jdbc.queryForList("""
                select f.product_name, f.set_inferred as published, p.set_inferred as staged
                from fct_rating f
                join stg_product p on p.submission_id = f.submission_id and p.excel_row = f.excel_row
                     and p.sheet_name = f.sheet_name
                where f.valid_to_run is null
                """);
        assertThat(published).isNotEmpty();
        assertThat(published).allSatisfy(r -> assertThat(r.get("published")).as(r.toString()).isEqualTo(r.get("staged")));
        assertThat(published).as("ratings whose set was inferred").anySatisfy(r -> assertThat(r.get("published")).isEqualTo(true));
        assertThat(published).as("ratings whose set the file gave").anySatisfy(r -> assertThat(r.get("published")).isEqualTo(false));
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws Exception {
        for (String file : CorpusFiles.all().keySet()) {
            assertThat(Expected.load(file).lines()).as(file).isNotEmpty();
        }
    }

    // What the database holds, in the expectation's words ----------------------------------------------

    private Long submission(String file) {
        return jdbc.queryForList("select submission_id from audit_submission where file_name = ?", Long.class, file)
                .stream().findFirst().orElse(null);
    }

    private List<String> actual(String file) {
        Long id = submission(file);
        List<String> lines = new ArrayList<>();
        if (id == null) {
            String action = jdbc.queryForList("select action from audit_run_file where file_path = ?", String.class, file)
                    .stream().findFirst().orElse("never seen");
            lines.add("file " + action);
            return lines;
        }
        Map<String, Object> s = jdbc.queryForMap("select * from audit_submission where submission_id = ?", id);
        String status = (String) s.get("STATUS");
        lines.add("file " + orDash(s.get("WORKBOOK_FORMAT")) + " " + orDash(s.get("DISTRICT_CODE")) + " " + orDash(s.get("PERIOD_CODE")) + " " + status
                + (status.startsWith("accepted") ? ((Boolean) s.get("IS_CURRENT") ? " in force" : " superseded") : ""));
        for (Map<String, Object> i : jdbc.queryForList("select * from stg_issue where submission_id = ? and sheet_kind is null", id)) {
            lines.add(("issue " + i.get("ISSUE_CODE") + " " + location(i)).strip());
        }
        for (Map<String, Object> sheet : jdbc.queryForList("select * from audit_submission_sheet where submission_id = ?", id)) {
            lines.add("sheet " + sheet.get("SHEET_KIND") + " " + orDash(sheet.get("HEADER_ROW")) + " read " + sheet.get("ROWS_READ")
                    + " loaded " + sheet.get("ROWS_LOADED") + " warning " + sheet.get("ROWS_WARNING") + " rejected "
                    + sheet.get("ROWS_REJECTED") + " | " + sheet.get("SHEET_NAME"));
        }
        TABLES.forEach((kind, table) -> {
            Set<Integer> staged = new TreeSet<>();
            for (Map<String, Object> row : jdbc.queryForList("select excel_row, sheet_name, outcome from " + table
                    + " where submission_id = ?", id)) {
                int number = (Integer) row.get("EXCEL_ROW");
                staged.add(number);
                lines.add(Expected.canonical("row " + kind + " " + number + " " + row.get("OUTCOME")
                        + issues(id, kind, number, (String) row.get("SHEET_NAME"))));
            }
            for (Integer number : jdbc.queryForList("select distinct excel_row from stg_issue where submission_id = ? "
                    + "and sheet_kind = ?", Integer.class, id, kind)) {
                if (!staged.contains(number)) {
                    lines.add(Expected.canonical("skip " + kind + " " + number + issues(id, kind, number, null)));
                }
            }
        });
        return Expected.sorted(lines);
    }

    /** " CODE@CELL ..." for a row; the sheet is named only where it is not the row's own. */
    private String issues(long id, String kind, int row, String sheetName) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> i : jdbc.queryForList("select * from stg_issue where submission_id = ? and sheet_kind = ? "
                + "and excel_row = ?", id, kind, row)) {
            String where = orDash(i.get("CELL_REF"));
            if (sheetName != null && !sheetName.equals(i.get("SHEET_NAME"))) {
                where = i.get("SHEET_NAME") + "!" + where;
            }
            sb.append(' ').append(i.get("ISSUE_CODE")).append('@').append(where);
        }
        return sb.toString();
    }

    private static String location(Map<String, Object> issue) {
        Object sheet = issue.get("SHEET_NAME");
        if (sheet == null) {
            return "";
        }
        if (issue.get("CELL_REF") != null) {
            return sheet + "!" + issue.get("CELL_REF");
        }
        int row = (Integer) issue.get("EXCEL_ROW");
        return row > 0 ? sheet + "!" + row + ":" + row : sheet.toString();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** {@code message CODE <location or -> | text}: the Vietnamese message of that issue contains the text. */
    private void checkMessage(Long id, String line) {
        String[] parts = line.substring("message ".length()).split(" \\| ", 2);
        String code = parts[0].substring(0, parts[0].indexOf(' ') < 0 ? parts[0].length() : parts[0].indexOf(' ')).strip();
        String where = parts[0].substring(code.length()).strip();
        List<Issue> found = issueStore.of(id).stream().map(IssueStore.Located::issue)
                .filter(i -> i.code().name().equals(code) && (where.equals("-") ? i.location().isEmpty() : i.location().equals(where)))
                .toList();
        assertThat(found).as(line).hasSize(1);
        assertThat(Messages.vietnamese().message(found.get(0))).as(line).contains(parts[1].strip());
    }

    /** {@code value KIND ROW | column=value | ...}: the staged row holds these values. */
    private void checkValue(Long id, String line) {
        String[] parts = line.substring("value ".length()).split(" \\| ");
        String[] head = parts[0].strip().split(" +");
        Map<String, Object> row = jdbc.queryForMap("select * from " + TABLES.get(head[0]) + " where submission_id = ? and excel_row = ?",
                id, Integer.parseInt(head[1]));
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            Object value = row.get(pair[0].strip().toUpperCase(java.util.Locale.ROOT));
            assertThat(String.valueOf(value)).as(line + " / " + pair[0]).isEqualTo(pair[1].strip());
        }
    }
}
