package vn.backan.ocop.reference;

/** A district-level unit (huyện, or the city Thành phố Bắc Kạn) by its 3-digit GSO code. */
public record District(String code, String name, String type) {

    public String fullName() {
        return type + " " + name;
    }
}
