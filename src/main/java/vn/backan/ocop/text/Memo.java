package vn.backan.ocop.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function of text, remembered for the texts that come back: a district's producers,
 * communes and product sets repeat down its sheets (500 producers and 8 communes in 7,000 rows of a
 * benchmark file), while each row used to fold and take apart the same names again; the report's sort compares
 * each name's collation key some twenty times. Shared by threads; bounded, since every file is untrusted: only
 * texts of up to {@value #LONGEST} characters are remembered, and past {@code limit} entries it starts again
 * empty, which costs the recomputing only (4,096 names take at most about 2 MB).
 */
public final class Memo<R> {

    static final int LONGEST = 128;

    private final Map<String, R> results = new ConcurrentHashMap<>();
    private final Function<String, R> function;
    private final int limit;

    public Memo(Function<String, R> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    public R apply(String text) {
        if (text == null || text.length() > LONGEST) {
            return function.apply(text);
        }
        R result = results.get(text);
        if (result == null) {
            result = function.apply(text);
            if (results.size() >= limit) {
                results.clear();
            }
            results.put(text, result);
        }
        return result;
    }

    /** How many results it holds now. */
    int size() {
        return results.size();
    }
}
