package vn.backan.ocop.intake.excel;

/**
 * A piece of cell text as stored in the workbook, with the font it is drawn in.
 * The font decides how the bytes are read: legacy Vietnamese fonts (.VnTime, VNI-Times)
 * store TCVN3 or VNI bytes that only look like Latin-1 text.
 *
 * @param text     the text exactly as stored (not yet decoded)
 * @param fontName the font of this run, or of the cell when the run has none; may be null
 */
public record TextRun(String text, String fontName) {
}
