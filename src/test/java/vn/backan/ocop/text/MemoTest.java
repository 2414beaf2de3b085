package vn.backan.ocop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class MemoTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final Memo<String> memo = new Memo<>(text -> {
        calls.incrementAndGet();
        return text == null ? "-" : text.toUpperCase();
    }, 3);

    @Test
    void aTextThatComesBackIsNotComputedAgain() {
        assertThat(memo.apply("xã côn minh")).isEqualTo("XÃ CÔN MINH");
        assertThat(memo.apply("xã côn minh")).isEqualTo("XÃ CÔN MINH");
        assertThat(calls).hasValue(1);
    }

    @Test
    void nullAndLongTextsAreComputedEveryTime() {
        String longText = "a".repeat(Memo.LONGEST + 1);
        assertThat(memo.apply(longText)).isEqualTo("A".repeat(Memo.LONGEST + 1));
        assertThat(memo.apply(longText)).isEqualTo("A".repeat(Memo.LONGEST + 1));
        assertThat(memo.apply(null)).isEqualTo("-");
        assertThat(memo.apply(null)).isEqualTo("-");
        assertThat(calls).hasValue(4);
        assertThat(memo.size()).isZero();
    }

    @Test
    void pastItsLimitItStartsAgainEmpty() {
        for (int i = 0; i < 10; i++) {
            assertThat(memo.apply("name " + i)).isEqualTo("NAME " + i);
            assertThat(memo.size()).isLessThanOrEqualTo(3);
        }
        assertThat(calls).hasValue(10);
    }
}
