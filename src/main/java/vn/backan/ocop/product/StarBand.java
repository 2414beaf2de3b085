package vn.backan.ocop.product;

import java.math.BigDecimal;

/** The score band of each star rating: 5★ [90,100], 4★ [70,90), 3★ [50,70), 2★ [30,50), 1★ [0,30). */
enum StarBand {
    ONE(0, 30), TWO(30, 50), THREE(50, 70), FOUR(70, 90), FIVE(90, 100);

    private final BigDecimal low;
    private final BigDecimal high;

    StarBand(int low, int high) {
        this.low = BigDecimal.valueOf(low);
        this.high = BigDecimal.valueOf(high);
    }

    static StarBand of(int stars) {
        return values()[stars - 1];
    }

    boolean contains(BigDecimal score) {
        boolean closedTop = this == FIVE;
        return score.compareTo(low) >= 0 && (closedTop ? score.compareTo(high) <= 0 : score.compareTo(high) < 0);
    }

    /** As shown to clerks: "[70; 90)". */
    String label() {
        return "[" + low + "; " + high + (this == FIVE ? "]" : ")");
    }
}
