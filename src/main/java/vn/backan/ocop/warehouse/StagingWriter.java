package vn.backan.ocop.warehouse;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Repository;

import vn.backan.ocop.commune.CommuneIndicatorRecord;
import vn.backan.ocop.entity.EntityRecord;
import vn.backan.ocop.product.ProductRecord;
import vn.backan.ocop.support.SupportRecord;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.Outcome;
import vn.backan.ocop.validation.StagedRow;

/** Writes validated rows and their issues to staging: per chunk, one COPY or one batched insert per table. */
@Repository
public class StagingWriter {

    static final List<String> PRODUCT = List.of("submission_id", "excel_row", "sheet_name", "outcome", "product_code",
            "product_name", "product_key", "name_key", "set_no", "group_no", "entity_name", "entity_key", "commune_code",
            "stars", "score", "recognised_on", "expires_on", "decision_no", "recognition_level", "value_chain", "note", "row_hash",
            "producer_address", "set_inferred", "date_derived");
    static final List<String> ENTITY = List.of("submission_id", "excel_row", "sheet_name", "outcome", "entity_name",
            "entity_key", "entity_type", "commune_code", "tax_code", "founded_year", "members", "workers", "row_hash");
    static final List<String> COMMUNE = List.of("submission_id", "excel_row", "sheet_name", "outcome", "commune_code",
            "ntm_year", "especially_difficult", "households", "poor_households", "row_hash");
    static final List<String> SUPPORT = List.of("submission_id", "excel_row", "sheet_name", "outcome", "support_type",
            "target", "target_key", "commune_code", "support_year", "amount", "funding_source", "row_hash");

    private final RowSink sink;
    private final IssueStore issues;

    public StagingWriter(RowSink sink, IssueStore issues) {
        this.sink = sink;
        this.issues = issues;
    }

    public void write(List<? extends StagedRow> rows) {
        List<Object[]> products = new ArrayList<>();
        List<Object[]> entities = new ArrayList<>();
        List<Object[]> communes = new ArrayList<>();
        List<Object[]> supports = new ArrayList<>();
        List<IssueStore.Located> found = new ArrayList<>();
        for (StagedRow row : rows) {
            row.issues().forEach(issue -> found.add(new IssueStore.Located(row.origin().submissionId(), row.origin().sheetKind(), issue)));
            if (row.outcome() == Outcome.SKIPPED) {
                continue;
            }
            if (row instanceof ProductRecord p) {
                products.add(product(p));
            } else if (row instanceof EntityRecord e) {
                entities.add(entity(e));
            } else if (row instanceof CommuneIndicatorRecord c) {
                communes.add(commune(c));
            } else if (row instanceof SupportRecord s) {
                supports.add(support(s));
            }
        }
        sink.insert("stg_product", PRODUCT, products);
        sink.insert("stg_entity", ENTITY, entities);
        sink.insert("stg_commune_indicator", COMMUNE, communes);
        sink.insert("stg_support", SUPPORT, supports);
        issues.add(found);
    }

    private static Object[] product(ProductRecord p) {
        return new Object[] {p.origin().submissionId(), p.origin().rowNumber(), Text.cut(p.origin().sheetName(), 100),
                p.outcome().code(), Text.cut(p.productCode(), 100), Text.cut(p.productName(), 500), Text.cut(p.productKey(), 1200), Text.cut(p.nameKey(), 500),
                p.setNumber(), p.groupNumber(), Text.cut(p.entityName(), 500), Text.cut(p.entityKey(), 500), p.communeCode(),
                p.stars(), p.score(), date(p.recognisedOn()), date(p.expiresOn()), Text.cut(p.decisionNumber(), 200), p.level(),
                p.valueChain(), Text.cut(p.note(), 2000), p.rowHash(), Text.cut(p.producerAddress(), 500), p.setInferred(),
                p.dateDerived()};
    }

    private static Object[] entity(EntityRecord e) {
        return new Object[] {e.origin().submissionId(), e.origin().rowNumber(), Text.cut(e.origin().sheetName(), 100),
                e.outcome().code(), Text.cut(e.name(), 500), Text.cut(e.entityKey(), 500), e.type(), e.communeCode(),
                e.taxCode(), e.foundedYear(), e.members(), e.workers(), e.rowHash()};
    }

    private static Object[] commune(CommuneIndicatorRecord c) {
        return new Object[] {c.origin().submissionId(), c.origin().rowNumber(), Text.cut(c.origin().sheetName(), 100),
                c.outcome().code(), c.communeCode(), c.ntmYear(), c.especiallyDifficult(), c.households(),
                c.poorHouseholds(), c.rowHash()};
    }

    private static Object[] support(SupportRecord s) {
        return new Object[] {s.origin().submissionId(), s.origin().rowNumber(), Text.cut(s.origin().sheetName(), 100),
                s.outcome().code(), s.type(), Text.cut(s.target(), 500), Text.cut(s.targetKey(), 500), s.communeCode(),
                s.year(), s.amount(), Text.cut(s.fundingSource(), 500), s.rowHash()};
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
