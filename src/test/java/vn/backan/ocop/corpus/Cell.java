package vn.backan.ocop.corpus;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.FormulaError;

/**
 * What a corpus cell holds, beyond plain values (a String is text, a Number a number, a LocalDate a date
 * formatted dd/mm/yyyy, null a blank cell).
 */
sealed interface Cell {

    /** Text in one font; legacy fonts get their text encoded. */
    record Text(String stored, String font) implements Cell {
    }

    /** One cell, several runs in different fonts. */
    record Runs(List<Text> runs) implements Cell {
    }

    /** A formula; {@code cached} is its saved result (Double, String, LocalDate, FormulaError) or null for none. */
    record Formula(String formula, Object cached) implements Cell {
    }

    /** A number shown as a date only by its format, or a number where a date is expected. */
    record Number(double value, String format) implements Cell {
    }

    static Text tcvn3(String unicode) {
        return new Text(Legacy.tcvn3(unicode), ".VnTime");
    }

    static Text tcvn3Capitals(String unicode) {
        return new Text(Legacy.tcvn3Capitals(unicode), ".VnTimeH");
    }

    static Text vni(String unicode) {
        return new Text(Legacy.vni(unicode), "VNI-Times");
    }

    static Text font(String text, String font) {
        return new Text(text, font);
    }

    static Runs runs(Text... runs) {
        return new Runs(List.of(runs));
    }

    static Formula formula(String formula, Object cached) {
        return new Formula(formula, cached);
    }

    static Formula error(String formula, FormulaError error) {
        return new Formula(formula, error);
    }

    static Formula noValue(String formula) {
        return new Formula(formula, null);
    }

    static Formula date(String formula, LocalDate cached) {
        return new Formula(formula, cached);
    }
}
