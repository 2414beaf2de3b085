package vn.backan.ocop.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import vn.backan.ocop.sample.SampleData.Cover;
import vn.backan.ocop.sample.SubmissionWorkbook.Built;

/**
 * Writes the sample district submissions (see {@code input/README.md}) from the CSV files in
 * {@code src/test/resources/sample/}: one workbook per row of {@code covers.csv}, into
 * {@code <output dir>/<period>/<file>}.
 *
 * <p>Usage: {@code SampleInputGenerator [output dir]}, default {@code input}.
 */
public final class SampleInputGenerator {

    private SampleInputGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path outputDir = Path.of(args.length > 0 ? args[0] : "input");
        SampleData data = SampleData.load();
        for (Cover cover : data.covers()) {
            Path file = outputDir.resolve(cover.period()).resolve(cover.file());
            Files.createDirectories(file.getParent());
            Built built = SubmissionWorkbook.build(cover, data);
            try (Workbook workbook = built.workbook(); OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            if (cover.file().endsWith(".xlsx")) {
                FixedZipTimes.apply(file, cover.preparedOn().atTime(9, 0));
            }
            System.out.println("wrote " + file);
            built.badRowCells().forEach(cell -> System.out.println("  deliberately wrong: " + cell));
        }
    }
}
