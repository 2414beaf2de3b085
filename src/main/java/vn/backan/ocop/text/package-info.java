/**
 * Reading Vietnamese text out of district workbooks.
 *
 * <p>Order matters: decode legacy fonts first ({@link vn.backan.ocop.text.LegacyText}), then
 * clean ({@link vn.backan.ocop.text.VietnameseText#clean}), then build matching keys or parse values.
 * Cleaning raw TCVN3 text first would delete every "ư" (byte 0xAD, the soft hyphen in Unicode), and
 * folding it first would turn the legacy bytes into unrelated ASCII letters.
 */
package vn.backan.ocop.text;
