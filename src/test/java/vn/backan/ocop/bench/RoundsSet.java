package vn.backan.ocop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import vn.backan.ocop.fixtures.SyntheticSubmissions;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;

/**
 * The set of issue 14's report: 8 districts × 5 yearly rounds (2018-2022) of {@code products} new
 * ratings each, and one file of 40 × {@code products} ratings (Chợ Mới's 2023); with 5,000 products,
 * 420,500 data rows (entities included) and 280,000 products valid at the end of 2023.
 */
final class RoundsSet {

    static final int FILES = 41;

    private RoundsSet() {
    }

    /** @return the data rows written */
    static long write(Path input, int products) throws IOException {
        List<District> districts = Gazetteer.load().districts();
        long rows = 0;
        int seed = 0;
        for (int year = 2018; year <= 2022; year++) {
            for (District district : districts) {
                SyntheticSubmissions.write(input.resolve(district.code() + "-" + year + ".xlsx"), district, products, seed++,
                        Period.ofCode(String.valueOf(year)));
                rows += SyntheticSubmissions.rowsPerFile(products);
            }
        }
        District big = districts.get(0);
        SyntheticSubmissions.write(input.resolve(big.code() + "-2023.xlsx"), big, 40 * products, seed, Period.ofCode("2023"));
        return rows + SyntheticSubmissions.rowsPerFile(40 * products);
    }
}
