package vn.backan.ocop.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.load();
    private static final LocalDate BEFORE_MERGE = LocalDate.of(2019, 6, 1);
    private static final LocalDate AFTER_MERGE = LocalDate.of(2021, 3, 1);

    @Test
    void loadsEightDistrictsAndEveryCommuneVersion() {
        assertThat(G.districts()).extracting(District::code)
                .containsExactly("058", "060", "061", "062", "063", "064", "065", "066");
        assertThat(G.communes()).hasSize(135);
        assertThat(G.districts().stream().mapToInt(d -> G.communesOf(d.code(), LocalDate.of(2020, 12, 31)).size()).sum())
                .isEqualTo(108);
    }

    @Test
    void abolishedCommuneIsValidBeforeTheMergerAndMappedAfterIt() {
        assertThat(G.resolve("Hảo Nghĩa", "066", BEFORE_MERGE))
                .isInstanceOfSatisfying(CommuneMatch.Found.class, f -> assertThat(f.commune().code()).isEqualTo("02182"));
        assertThat(G.resolve("xã Hảo Nghĩa", "066", AFTER_MERGE))
                .isInstanceOfSatisfying(CommuneMatch.MappedToSuccessor.class, m -> {
                    assertThat(m.recorded().code()).isEqualTo("02182");
                    assertThat(m.successor().code()).isEqualTo("02179");
                    assertThat(m.successor().name()).isEqualTo("Trần Phú");
                });
    }

    @Test
    void splitCommuneHasNoSingleSuccessor() {
        assertThat(G.resolve("Văn Học", "066", AFTER_MERGE))
                .isInstanceOfSatisfying(CommuneMatch.AmbiguousSuccessor.class,
                        a -> assertThat(a.successors()).extracting(Commune::code).containsExactlyInAnyOrder("02137", "02152"));
    }

    @Test
    void oldCodeOfYenLacMapsToItsNewCode() {
        assertThat(G.resolve("02134", "066", AFTER_MERGE))
                .isInstanceOfSatisfying(CommuneMatch.MappedToSuccessor.class, m -> assertThat(m.successor().code()).isEqualTo("02155"));
        assertThat(G.resolve("02155", "066", BEFORE_MERGE))
                .isInstanceOfSatisfying(CommuneMatch.Found.class, f -> assertThat(f.commune().name()).isEqualTo("Lương Hạ"));
        assertThat(G.resolve("2155", "066", AFTER_MERGE))
                .isInstanceOfSatisfying(CommuneMatch.Found.class, f -> assertThat(f.commune().name()).isEqualTo("Yến Lạc"));
    }

    @Test
    void vanTungIsAXaBeforeApril2023AndAThiTranAfter() {
        assertThat(G.resolve("Vân Tùng", "062", LocalDate.of(2022, 1, 1)))
                .isInstanceOfSatisfying(CommuneMatch.Found.class, f -> assertThat(f.commune().type()).isEqualTo("Xã"));
        assertThat(G.resolve("Thị trấn Vân Tùng", "062", LocalDate.of(2023, 4, 10)))
                .isInstanceOfSatisfying(CommuneMatch.Found.class, f -> assertThat(f.commune().type()).isEqualTo("Thị trấn"));
    }

    @Test
    void communeOfAnotherDistrictIsNamedWithItsDistrict() {
        assertThat(G.resolve("Côn Minh", "061", AFTER_MERGE))
                .isInstanceOfSatisfying(CommuneMatch.OtherDistrict.class, o -> assertThat(o.commune().districtCode()).isEqualTo("066"));
    }

    @Test
    void communeCreatedLaterIsMappedBackToWhatItsCodeWasEarlier() {
        // Was NotYetValid; issue 10: Hiệp Lực (01960, from 01/02/2020) was Lãng Ngâm on an earlier date.
        assertThat(G.resolve("Hiệp Lực", "062", BEFORE_MERGE)).isInstanceOfSatisfying(CommuneMatch.MappedToPredecessor.class,
                m -> assertThat(m.predecessor().name()).isEqualTo("Lãng Ngâm"));
    }

    @Test
    void nearMissSuggestsACommuneOfTheSameDistrict() {
        assertThat(G.resolve("Côn Mnh", "066", AFTER_MERGE))
                .isInstanceOfSatisfying(CommuneMatch.Unknown.class, u -> assertThat(u.suggestion().name()).isEqualTo("Côn Minh"));
        assertThat(G.resolve("Hà Nội", "066", AFTER_MERGE))
                .isInstanceOfSatisfying(CommuneMatch.Unknown.class, u -> assertThat(u.suggestion()).isNull());
    }

    @Test
    void spellingVariantsMatch() {
        assertThat(G.resolve("Hòa Mục", "065", AFTER_MERGE)).isInstanceOf(CommuneMatch.Found.class);
        assertThat(G.resolve("Liêm Thủy", "066", AFTER_MERGE)).isInstanceOf(CommuneMatch.Found.class);
        assertThat(G.resolve("Sỹ Bình", "063", AFTER_MERGE)).isInstanceOf(CommuneMatch.Found.class);
    }

    @Test
    void aCommuneIsCarriedOnByItsSuccessorValidOnTheDate() {
        Commune haoNghia = G.version("02182", BEFORE_MERGE).orElseThrow();
        assertThat(G.carriedOnBy(haoNghia, LocalDate.of(2020, 12, 31)).name()).isEqualTo("Trần Phú");
        assertThat(G.carriedOnBy(haoNghia, BEFORE_MERGE).name()).isEqualTo("Hảo Nghĩa");
        Commune vanHoc = G.version("02149", BEFORE_MERGE).orElseThrow();
        assertThat(G.carriedOnBy(vanHoc, LocalDate.of(2020, 12, 31)).code()).isEqualTo("02137");
    }

    @Test
    void districtsAreFoundByCodeOrName() {
        assertThat(G.findDistrict("066")).map(District::name).contains("Na Rì");
        assertThat(G.findDistrict("66")).map(District::name).contains("Na Rì");
        assertThat(G.findDistrict("Huyện Na Rì")).map(District::code).contains("066");
        assertThat(G.findDistrict("Thành phố Bắc Cạn")).map(District::code).contains("058");
        assertThat(G.findDistrict("059")).isEmpty();
    }

    @Test
    void readsTheCommuneOutOfAFullAddressAndKeepsTheVillage() {
        LocalDate on = LocalDate.of(2024, 6, 1);
        AddressMatch full = G.resolveAddress("Thôn Nà Đon, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn", "066", on);
        assertThat(full.commune()).isInstanceOfSatisfying(CommuneMatch.Found.class, f -> assertThat(f.commune().code()).isEqualTo("02173"));
        assertThat(full.village()).isEqualTo("Thôn Nà Đon");
        assertThat(full.district().code()).isEqualTo("066");
        // Without level words, in another order of parts, "P." and "TP" abbreviated.
        AddressMatch bare = G.resolveAddress("Bản Pục, Côn Minh, Na Rì", "066", on);
        assertThat(bare.commune()).isInstanceOf(CommuneMatch.Found.class);
        assertThat(bare.village()).isEqualTo("Bản Pục");
        assertThat(bare.district().code()).isEqualTo("066");
        AddressMatch ward = G.resolveAddress("P. Sông Cầu, TP Bắc Kạn", "058", on);
        assertThat(ward.commune()).isInstanceOfSatisfying(CommuneMatch.Found.class, f -> assertThat(f.commune().code()).isEqualTo("01837"));
        assertThat(ward.village()).isNull();
        // A commune named "Bản Thi" is a commune, not a village.
        assertThat(G.resolveAddress("Xã Bản Thi, huyện Chợ Đồn", "064", on).commune()).isInstanceOf(CommuneMatch.Found.class);
        // The district written is returned for the caller to check; the commune is resolved in the submitting district.
        AddressMatch slip = G.resolveAddress("Xã Cao Sơn, huyện Ba Bể", "063", on);
        assertThat(slip.commune()).isInstanceOf(CommuneMatch.Found.class);
        assertThat(slip.district().code()).isEqualTo("061");
        // One part only: a commune's name, as before.
        assertThat(G.resolveAddress("Thôn Khuổi Cuồng", "063", on).commune()).isInstanceOf(CommuneMatch.Unknown.class);
    }

    @Test
    void aNameGivenByTheMergerOnAnEarlierRecordIsMappedBackToItsCodesCommuneOfThatTime() {
        assertThat(G.resolve("Trần Phú", "066", BEFORE_MERGE)).isInstanceOfSatisfying(CommuneMatch.MappedToPredecessor.class, m -> {
            assertThat(m.named().name()).isEqualTo("Trần Phú");
            assertThat(m.predecessor().name()).isEqualTo("Hữu Thác");
            assertThat(m.predecessor().code()).isEqualTo("02179");
        });
    }

    @Test
    void aCommuneWhoseCodeDidNotExistOnTheDateIsNotYetValid() {
        // No Bắc Kạn commune is like this (every merger kept a code): a gazetteer of one new commune shows the rule.
        Commune created = new Commune("09999", "Mới Lập", "Xã", "099", LocalDate.of(2021, 1, 1), null, java.util.List.of());
        Gazetteer one = new Gazetteer(java.util.List.of(new District("099", "Thử", "Huyện")), java.util.List.of(created));
        assertThat(one.resolve("Mới Lập", "099", BEFORE_MERGE)).isInstanceOf(CommuneMatch.NotYetValid.class);
    }
}
