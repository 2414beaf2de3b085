/**
 * How the workbooks the project writes print: the A4 landscape page, the repeated header rows, the
 * page numbers, and how wide a sheet may be to print at 80 % or more. Shared by {@code report} (the
 * progress and feedback workbooks) and {@code template}, so that every printed page looks alike; and
 * their shared look ({@link vn.backan.ocop.layout.HouseStyle}: title, notes, table header, borders).
 * Imports POI only.
 */
package vn.backan.ocop.layout;
