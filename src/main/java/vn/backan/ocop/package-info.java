/**
 * The OCOP consolidation pipeline of Bắc Kạn: district OCOP workbooks in, a warehouse, a progress
 * workbook for the province and a feedback workbook per submission out.
 *
 * <p>This package holds the Spring application ({@link vn.backan.ocop.OcopApplication}: the component
 * scan, the beans every step shares) and its typed settings ({@link vn.backan.ocop.OcopProperties},
 * {@code ocop.*}). It knows nothing of the command line, which starts it. It may import {@code intake}
 * and {@code reference} (for the shared beans); {@code report}, {@code job} and {@code cli} may import it.
 *
 * <p>The layering, bottom to top, as {@code PackageRulesTest} enforces it: {@code intake.excel},
 * {@code layout}; {@code text}; {@code submission}, {@code reference}; {@code validation};
 * {@code intake}; {@code sheet} and the sheet packages ({@code product}, {@code entity},
 * {@code commune}, {@code support}); {@code warehouse}; {@code warehouse.read}; {@code template};
 * this package; {@code report}; {@code job} (the only user of Spring Batch with {@code cli});
 * {@code cli}. A package imports only packages below it.
 */
package vn.backan.ocop;
