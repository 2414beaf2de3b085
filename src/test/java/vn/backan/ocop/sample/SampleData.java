package vn.backan.ocop.sample;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sample's content, read from {@code src/test/resources/sample/*.csv}. The CSV files say what
 * a district reported; {@code covers.csv} also says how its clerk laid the workbook out, so the
 * same facts can be written in the different ways real files come in.
 */
record SampleData(
        List<Cover> covers,
        List<Rating> ratings,
        List<BadRow> badRows,
        List<Entity> entities,
        List<CommuneRow> communes,
        List<Support> support,
        Map<Integer, String> setNames,
        List<Unit> units) {

    /** How a clerk lays out the workbook; each flag is one habit seen in real district files. */
    record Look(boolean datesAsText, boolean starsAsText, boolean setsAsNames, boolean productCodes,
                boolean fullEntityTypes, boolean communeTypeWord, int titleRows, String totalsOn) {
    }

    record Cover(String period, String district, String districtName, String file, String periodLabel,
                 String preparer, LocalDate preparedOn, String phone, String email, Look look) {

        LocalDate periodEnd() {
            return SampleData.periodEnd(period);
        }

        /** "huyện Na Rì", but the city is already named by its type: "Thành phố Bắc Kạn". */
        String unitName() {
            return districtName.startsWith("Thành phố") ? districtName : "huyện " + districtName;
        }
    }

    record Round(String id, LocalDate recognisedOn, String decisionNo, String level) {
    }

    /** One rating result, i.e. one row of a {@code Sản phẩm} sheet. */
    record Rating(String district, String code, String name, int set, String setWritten, String entity,
                  String commune, Round round, int stars, double score, boolean valueChain, String note) {
    }

    /**
     * A deliberately wrong row, inserted after the row of {@code afterCode}. {@code recognisedOn}
     * is kept as typed: an ISO date becomes a date cell, anything else is written as text.
     */
    record BadRow(String period, String district, String afterCode, String name, int set, String entity,
                  String commune, String recognisedOn, String decisionNo, int stars, double score,
                  boolean valueChain, String note, String problem) {
    }

    record Entity(String district, String name, String type, String commune, String taxCode,
                  Integer founded, Integer members, Integer workers) {
    }

    record CommuneRow(String period, String district, String commune, Integer ntmYear, boolean dbkk,
                      int households, int poor) {
    }

    record Support(String period, String district, String type, String target, String commune, int year,
                   double amount, String source) {
    }

    /** A commune of the reference list, with the dates it existed. */
    record Unit(String district, String name, String type, LocalDate validFrom, LocalDate validTo) {

        boolean validOn(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && !date.isAfter(validTo);
        }
    }

    /** Xã / Phường / Thị trấn, for the clerk who writes "Xã Bằng Phúc" rather than "Bằng Phúc". */
    String communeType(String district, String commune, LocalDate on) {
        return units.stream()
                .filter(u -> u.district().equals(district) && u.name().equals(commune) && u.validOn(on))
                .map(Unit::type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no commune " + commune + " in " + district + " on " + on));
    }

    static LocalDate periodEnd(String period) {
        if (period.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(period), 12, 31);
        }
        if (period.matches("\\d{4}-H1")) {
            return LocalDate.of(Integer.parseInt(period.substring(0, 4)), 6, 30);
        }
        throw new IllegalArgumentException("unknown period " + period);
    }

    static SampleData load() {
        Map<String, Round> rounds = SampleCsv.read("/sample/rounds.csv").stream()
                .map(r -> new Round(r.get("round"), LocalDate.parse(r.get("recognised_on")),
                        r.get("decision_no"), r.get("level")))
                .collect(Collectors.toMap(Round::id, Function.identity()));
        return new SampleData(
                SampleCsv.read("/sample/covers.csv").stream().map(SampleData::cover).toList(),
                SampleCsv.read("/sample/products.csv").stream().map(r -> rating(r, rounds)).toList(),
                SampleCsv.read("/sample/bad-rows.csv").stream().map(SampleData::badRow).toList(),
                SampleCsv.read("/sample/entities.csv").stream().map(SampleData::entity).toList(),
                SampleCsv.read("/sample/communes.csv").stream().map(SampleData::commune).toList(),
                SampleCsv.read("/sample/support.csv").stream().map(SampleData::support).toList(),
                readSetNames(),
                readUnits());
    }

    private static Cover cover(Map<String, String> r) {
        Look look = new Look(
                r.get("dates").equals("text"),
                r.get("stars").equals("text"),
                r.get("sets").equals("name"),
                r.get("codes").equals("yes"),
                r.get("entity_types").equals("full"),
                r.get("commune_type_word").equals("yes"),
                Integer.parseInt(r.get("title_rows")),
                r.get("totals"));
        return new Cover(r.get("period"), r.get("district"), r.get("district_name"), r.get("file"),
                r.get("period_label"), r.get("preparer"), LocalDate.parse(r.get("prepared_on")),
                r.get("phone"), r.get("email"), look);
    }

    private static Rating rating(Map<String, String> r, Map<String, Round> rounds) {
        Round round = rounds.get(r.get("round"));
        if (round == null) {
            throw new IllegalStateException("unknown round in " + r);
        }
        return new Rating(r.get("district"), r.get("code"), r.get("name"), Integer.parseInt(r.get("set")),
                r.get("set_written"), r.get("entity"), r.get("commune"), round,
                Integer.parseInt(r.get("stars")), Double.parseDouble(r.get("score")),
                r.get("value_chain").equals("Có"), r.get("note"));
    }

    private static BadRow badRow(Map<String, String> r) {
        return new BadRow(r.get("period"), r.get("district"), r.get("after_code"), r.get("name"),
                Integer.parseInt(r.get("set")), r.get("entity"), r.get("commune"), r.get("recognised_on"),
                r.get("decision_no"), Integer.parseInt(r.get("stars")), Double.parseDouble(r.get("score")),
                r.get("value_chain").equals("Có"), r.get("note"), r.get("problem"));
    }

    private static Entity entity(Map<String, String> r) {
        return new Entity(r.get("district"), r.get("name"), r.get("type"), r.get("commune"), r.get("tax_code"),
                optionalInt(r.get("founded")), optionalInt(r.get("members")), optionalInt(r.get("workers")));
    }

    private static CommuneRow commune(Map<String, String> r) {
        return new CommuneRow(r.get("period"), r.get("district"), r.get("commune"), optionalInt(r.get("ntm_year")),
                r.get("dbkk").equals("Có"), Integer.parseInt(r.get("households")), Integer.parseInt(r.get("poor")));
    }

    private static Support support(Map<String, String> r) {
        return new Support(r.get("period"), r.get("district"), r.get("type"), r.get("target"), r.get("commune"),
                Integer.parseInt(r.get("year")), Double.parseDouble(r.get("amount")), r.get("source"));
    }

    /** Set names as Decision 148 words them: the sub-group where there is one, else the group. */
    private static Map<Integer, String> readSetNames() {
        Map<Integer, String> names = new HashMap<>();
        for (Map<String, String> r : SampleCsv.read("/reference/ocop-product-classification-148.csv")) {
            String name = r.get("phan_nhom").isEmpty() ? r.get("nhom") : r.get("phan_nhom");
            names.put(Integer.parseInt(r.get("bo_san_pham_no")), name);
        }
        return names;
    }

    private static List<Unit> readUnits() {
        return SampleCsv.read("/reference/bac-kan-admin-units.csv").stream()
                .map(r -> new Unit(r.get("district_code"), r.get("commune_name"), r.get("commune_type"),
                        isoDateOrNull(r.get("valid_from")), LocalDate.parse(r.get("valid_to"))))
                .toList();
    }

    static LocalDate isoDateOrNull(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer optionalInt(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }
}
