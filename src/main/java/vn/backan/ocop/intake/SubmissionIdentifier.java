package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.text.VietnameseText;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;

/**
 * Decides which district and period a file reports on: the cover sheet first, the file name where the
 * cover is missing or blank. A cover that contradicts the file name rejects the file: loading it under
 * either identity could overwrite another district's or period's data.
 */
final class SubmissionIdentifier {

    private static final Pattern LEADING_CODE = Pattern.compile("^0?(\\d{2,3})(?=[^0-9]|$)");

    private final Gazetteer gazetteer;

    SubmissionIdentifier(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The identity, with notes in {@code issues}; empty when the file must be rejected (reasons in {@code issues}). */
    Optional<Identity> identify(String fileName, Cover cover, List<Issue> issues) {
        String stem = fileName.replaceFirst("\\.[^.]+$", "");
        Optional<District> nameDistrict = districtFromName(stem);
        Optional<Period> namePeriod = Period.parse(stem.replaceAll("[_.]", " "));

        Optional<District> coverDistrict = Optional.empty();
        if (cover.districtText() != null) {
            coverDistrict = gazetteer.findDistrict(cover.districtText());
            if (coverDistrict.isEmpty()) {
                issues.add(file(IssueCode.FILE_UNKNOWN_DISTRICT, cover.districtText()));
                return Optional.empty();
            }
        }
        Optional<Period> coverPeriod = Optional.empty();
        if (cover.periodText() != null) {
            coverPeriod = Period.parse(cover.periodText());
            if (coverPeriod.isEmpty()) {
                issues.add(file(IssueCode.FILE_PERIOD_OUT_OF_SCOPE, cover.periodText()));
                return Optional.empty();
            }
        }
        List<Issue> conflicts = new ArrayList<>();
        if (coverDistrict.isPresent() && nameDistrict.isPresent() && !coverDistrict.equals(nameDistrict)) {
            conflicts.add(Issue.file(IssueCode.FILE_IDENTITY_CONFLICT,
                    coverDistrict.get().fullName(), nameDistrict.get().fullName()));
        }
        if (coverPeriod.isPresent() && namePeriod.isPresent() && !coverPeriod.equals(namePeriod)) {
            conflicts.add(Issue.file(IssueCode.FILE_IDENTITY_CONFLICT,
                    coverPeriod.get().label(), namePeriod.get().label()));
        }
        if (!conflicts.isEmpty()) {
            issues.addAll(conflicts);
            return Optional.empty();
        }
        Optional<District> district = coverDistrict.or(() -> nameDistrict);
        Optional<Period> period = coverPeriod.or(() -> namePeriod);
        if (district.isEmpty()) {
            issues.add(Issue.file(IssueCode.FILE_NO_DISTRICT));
        }
        if (period.isEmpty()) {
            issues.add(Issue.file(IssueCode.FILE_NO_PERIOD));
        }
        if (district.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        if (period.get().endsOn().isAfter(Gazetteer.LAST_DAY) || period.get().year() < 2018) {
            issues.add(file(IssueCode.FILE_PERIOD_OUT_OF_SCOPE, period.get().code()));
            return Optional.empty();
        }
        if (cover.blank()) {
            issues.add(Issue.file(IssueCode.COVER_MISSING, district.get().fullName(), period.get().code()));
        }
        return Optional.of(new Identity(district.get(), period.get()));
    }

    private static Issue file(IssueCode code, String value) {
        return new Issue(code, null, 0, null, null, value, null, List.of());
    }

    private Optional<District> districtFromName(String stem) {
        Matcher code = LEADING_CODE.matcher(stem);
        if (code.find()) {
            Optional<District> byCode = gazetteer.district(String.format("%03d", Integer.parseInt(code.group(1))));
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        String folded = " " + VietnameseText.fold(stem.replaceAll("[-_.]", " ")) + " ";
        List<District> named = gazetteer.districts().stream()
                .filter(d -> folded.contains(" " + VietnameseText.fold(d.name()) + " "))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
