package vn.backan.ocop.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.text.VietnameseText;

/**
 * The province's districts and communes through time, from {@code bac-kan-admin-units.csv}.
 * Immutable and loaded once; every lookup is by GSO code or by a folded name and a date.
 */
public final class Gazetteer {

    // Compiled once: communes and addresses are resolved for every row.
    private static final Pattern DISTRICT_CODE = Pattern.compile("\\d{1,3}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{4,5}");
    private static final Pattern PROVINCE_WORD = Pattern.compile("(?iu)^tỉnh\\s+");

    /** The district level ends with the 2025 reorganisation; later periods are out of scope. */
    public static final LocalDate LAST_DAY = Programme.LAST_DAY;

    private final Map<String, District> districts;
    private final List<Commune> communes;
    private final Map<String, List<Commune>> byCode;
    private final Map<String, List<Commune>> byKey;

    Gazetteer(List<District> districts, List<Commune> communes) {
        this.districts = Collections.unmodifiableMap(districts.stream()
                .collect(Collectors.toMap(District::code, d -> d, (a, b) -> a, LinkedHashMap::new)));
        this.communes = List.copyOf(communes);
        this.byCode = communes.stream().collect(Collectors.groupingBy(Commune::code, LinkedHashMap::new, Collectors.toList()));
        this.byKey = communes.stream()
                .collect(Collectors.groupingBy(c -> VietnameseText.communeKey(c.name()), LinkedHashMap::new, Collectors.toList()));
    }

    public static Gazetteer load() {
        List<District> districts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Commune> communes = new ArrayList<>();
        for (Map<String, String> row : Csv.read("/reference/bac-kan-admin-units.csv")) {
            String district = row.get("district_code");
            if (seen.add(district)) {
                districts.add(new District(district, row.get("district_name"), row.get("district_type")));
            }
            String successors = row.get("merged_into_code");
            communes.add(new Commune(row.get("commune_code"), row.get("commune_name"), row.get("commune_type"), district,
                    date(row.get("valid_from")), date(row.get("valid_to")),
                    successors.isEmpty() ? List.of() : Arrays.asList(successors.split("\\|"))));
        }
        districts.sort(Comparator.comparing(District::code));
        return new Gazetteer(districts, communes);
    }

    private static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    public List<District> districts() {
        return List.copyOf(districts.values());
    }

    public Optional<District> district(String code) {
        return Optional.ofNullable(districts.get(code));
    }

    /** A district by 3-digit code (leading zeros optional) or by name, with or without "huyện"/"thành phố". */
    public Optional<District> findDistrict(String text) {
        String value = VietnameseText.clean(text);
        if (DISTRICT_CODE.matcher(value).matches()) {
            return district(String.format("%03d", Integer.parseInt(value)));
        }
        String key = VietnameseText.communeKey(value);
        return districts.values().stream()
                .filter(d -> VietnameseText.communeKey(d.name()).equals(key)
                        || VietnameseText.communeKey(d.fullName()).equals(key))
                .findFirst();
    }

    public List<Commune> communes() {
        return communes;
    }

    /** The communes of a district in force on a date, in GSO code order. */
    public List<Commune> communesOf(String districtCode, LocalDate date) {
        return communes.stream()
                .filter(c -> c.districtCode().equals(districtCode) && c.validOn(date))
                .sorted(Comparator.comparing(Commune::code))
                .toList();
    }

    /** The version of a code in force on a date. */
    public Optional<Commune> version(String code, LocalDate date) {
        return byCode.getOrDefault(code, List.of()).stream().filter(c -> c.validOn(date)).findFirst();
    }

    /**
     * The commune in force on {@code date} that carries on {@code recorded}: itself while it lasts,
     * else its successor (the first one listed where it was split, so that every product counts somewhere).
     */
    public Commune carriedOnBy(Commune recorded, LocalDate date) {
        Commune current = recorded;
        for (int hops = 0; hops < 10 && !current.validOn(date); hops++) {
            if (current.validTo() == null || date.isBefore(current.validTo()) || current.successors().isEmpty()) {
                return current;
            }
            LocalDate after = current.validTo().plusDays(1);
            Optional<Commune> next = version(current.successors().get(0), after);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /** Resolves a commune written in a submission (name or 5-digit code) in a district on a date. */
    public CommuneMatch resolve(String text, String districtCode, LocalDate date) {
        String value = VietnameseText.clean(text);
        List<Commune> candidates;
        if (!value.isEmpty() && Character.isDigit(value.charAt(0)) && COMMUNE_CODE.matcher(value).matches()) {
            candidates = byCode.getOrDefault(String.format("%05d", Integer.parseInt(value)), List.of());
        } else {
            candidates = byKey.getOrDefault(VietnameseText.communeKey(value), List.of());
        }
        List<Commune> inDistrict = candidates.stream().filter(c -> c.districtCode().equals(districtCode)).toList();
        if (inDistrict.isEmpty()) {
            return candidates.stream()
                    .filter(c -> c.validOn(date))
                    .findFirst()
                    .or(() -> candidates.stream().findFirst())
                    .<CommuneMatch>map(CommuneMatch.OtherDistrict::new)
                    .orElseGet(() -> new CommuneMatch.Unknown(nearMiss(value, districtCode, date)));
        }
        for (Commune c : inDistrict) {
            if (c.validOn(date)) {
                return new CommuneMatch.Found(c);
            }
        }
        Optional<Commune> ended = inDistrict.stream()
                .filter(c -> c.validTo() != null && date.isAfter(c.validTo()))
                .max(Comparator.comparing(Commune::validTo));
        if (ended.isPresent()) {
            return successorOf(ended.get(), date);
        }
        for (Commune c : inDistrict) {
            // A name a merger gave, on an earlier record: its code was another commune then, unambiguously.
            Optional<Commune> then = version(c.code(), date).filter(v -> v.districtCode().equals(districtCode));
            if (then.isPresent()) {
                return new CommuneMatch.MappedToPredecessor(c, then.get());
            }
        }
        return new CommuneMatch.NotYetValid(inDistrict.get(0));
    }

    /**
     * Reads a commune out of a full address ("Thôn Nà Đon, xã Côn Minh, huyện Na Rì"): the part with a commune
     * word, else the first part that names a commune; the parts before it are the village; the district it
     * names is returned for the caller to check. A text of one part is resolved as a commune's name.
     */
    public AddressMatch resolveAddress(String text, String districtCode, LocalDate date) {
        Address address = Address.parse(text);
        if (!address.several()) {
            return new AddressMatch(resolve(text, districtCode, date), null, null);
        }
        District district = address.district() == null ? null : findDistrict(address.district()).orElse(null);
        List<String> rest = new ArrayList<>();
        String communePart = address.commune();
        for (String part : address.others()) {
            if (communePart == null && !(resolve(part, districtCode, date) instanceof CommuneMatch.Unknown)) {
                communePart = part;
            } else if (isProvince(part)) {
                continue;
            } else if (district == null && communePart != null && findDistrict(part).isPresent()) {
                district = findDistrict(part).get();
            } else {
                rest.add(part);
            }
        }
        if (communePart == null) {
            // No part names a commune: the whole text is reported as written, with a near miss if there is one.
            return new AddressMatch(resolve(address.others().isEmpty() ? text : address.others().get(address.others().size() - 1),
                    districtCode, date), null, district);
        }
        return new AddressMatch(resolve(communePart, districtCode, date), rest.isEmpty() ? null : String.join(", ", rest), district);
    }

    private static boolean isProvince(String part) {
        String key = VietnameseText.communeKey(PROVINCE_WORD.matcher(part).replaceFirst(""));
        return key.equals("bac kan") || key.equals("bac can");
    }

    private CommuneMatch successorOf(Commune recorded, LocalDate date) {
        LocalDate after = recorded.validTo().plusDays(1);
        List<Commune> successors = recorded.successors().stream()
                .map(code -> version(code, after))
                .flatMap(Optional::stream)
                .map(next -> carriedOnBy(next, date))
                .filter(next -> next.validOn(date))
                .distinct()
                .toList();
        if (successors.size() == 1) {
            return new CommuneMatch.MappedToSuccessor(recorded, successors.get(0));
        }
        if (successors.isEmpty()) {
            return new CommuneMatch.NotYetValid(recorded);
        }
        return new CommuneMatch.AmbiguousSuccessor(recorded, successors);
    }

    private Commune nearMiss(String value, String districtCode, LocalDate date) {
        String key = VietnameseText.communeKey(value);
        if (key.isEmpty()) {
            return null;
        }
        Commune best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Commune c : communesOf(districtCode, date)) {
            int distance = Levenshtein.distance(key, VietnameseText.communeKey(c.name()));
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        int tolerance = Math.max(1, key.length() / 4);
        return bestDistance <= tolerance ? best : null;
    }

    @Override
    public String toString() {
        return "Gazetteer[" + districts.size() + " districts, " + communes.size() + " commune versions]";
    }
}
