package vn.backan.ocop.intake;

/**
 * A value an official table states once for the rows below it, and where: a decision in the title, a star
 * level in a section row.
 *
 * @param value the value
 * @param cell  the cell that states it ("A3")
 * @param text  the cell's text, as the clerk sees it
 */
public record Stated<T>(T value, String cell, String text) {
}
