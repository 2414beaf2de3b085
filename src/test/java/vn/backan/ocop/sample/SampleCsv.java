package vn.backan.ocop.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.fixtures.CsvText;

/**
 * Reads the sample's CSV files (UTF-8, first line = header, RFC 4180 quoting) from the classpath.
 */
final class SampleCsv {

    private SampleCsv() {
    }

    static List<Map<String, String>> read(String resource) {
        try (InputStream in = SampleCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<List<String>> records = CsvText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> header = records.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> record : records.subList(1, records.size())) {
                if (record.size() != header.size()) {
                    throw new IllegalStateException(resource + ": " + record.size() + " fields, header has "
                            + header.size() + ": " + record);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
