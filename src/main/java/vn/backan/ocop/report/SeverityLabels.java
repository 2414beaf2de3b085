package vn.backan.ocop.report;

import vn.backan.ocop.validation.Severity;

/** Severities as clerks read them. */
final class SeverityLabels {

    private SeverityLabels() {
    }

    static String of(Severity severity) {
        return switch (severity) {
            case FILE_ERROR -> "Lỗi tệp";
            case ERROR -> "Lỗi (dòng bị từ chối)";
            case WARNING -> "Cảnh báo";
            case INFO -> "Ghi chú";
        };
    }
}
