package vn.backan.ocop.report;

/** Submission statuses as staff read them. */
final class StatusLabels {

    private StatusLabels() {
    }

    static String of(String status) {
        return switch (status) {
            case "accepted" -> "Đã nhận";
            case "accepted_with_warnings" -> "Đã nhận, có lỗi/cảnh báo";
            case "rejected" -> "Bị từ chối";
            case "pending" -> "Đang xử lý";
            case "missing" -> "Chưa nộp";
            default -> status;
        };
    }
}
