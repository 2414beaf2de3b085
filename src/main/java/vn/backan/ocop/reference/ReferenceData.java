package vn.backan.ocop.reference;

/** The reference data the pipeline needs, loaded once from the classpath. */
public record ReferenceData(Gazetteer gazetteer, ProductClassification classification) {

    public static ReferenceData load() {
        return new ReferenceData(Gazetteer.load(), ProductClassification.load());
    }
}
