#include <gtest/gtest.h>

#include "extractors/official_names.hpp"

namespace vbtrack {
namespace {

TEST(OfficialNames, CapitalsToTheOfficialStyle) {
    EXPECT_EQ(official_case("BAN THƯỜNG VỤ"), "Ban Thường vụ");
    EXPECT_EQ(official_case("PHÓ CHÁNH VĂN PHÒNG"), "Phó Chánh Văn phòng");
    EXPECT_EQ(official_case("ỦY BAN NHÂN DÂN TỈNH LÀO CAI"), "Ủy ban nhân dân tỉnh Lào Cai");
    EXPECT_EQ(official_case("HUYỆN ỦY BẢO YÊN"), "Huyện ủy Bảo Yên");
    EXPECT_EQ(official_case("THƯỜNG TRỰC HĐND"), "Thường trực HĐND");
    EXPECT_EQ(official_case("SỞ TÀI CHÍNH"), "Sở Tài chính");
    EXPECT_EQ(official_case("BỘ TRƯỞNG BỘ NỘI VỤ"), "Bộ trưởng Bộ Nội vụ");
}

// OCR misreads the marks of the fixed words ("TỈNH" as "TÍNH"); stripped text has none.
TEST(OfficialNames, FixedWordsRespelledInTheCaseWritten) {
    EXPECT_EQ(respell_office_words("TÍNH ỦY BẮC KẠN"), "TỈNH ỦY BẮC KẠN");
    EXPECT_EQ(respell_office_words("Uy ban nhan dan tinh Son La"), "Ủy ban nhân dân tỉnh Son La");
    EXPECT_EQ(respell_office_words("Chủ tịch Ủy ban nhân dân tính Hà Giang"), "Chủ tịch Ủy ban nhân dân tỉnh Hà Giang");
    EXPECT_EQ(respell_office_words("VĂN PHÒNG HUYỆN UY"), "VĂN PHÒNG HUYỆN ỦY");
    EXPECT_EQ(official_case("BAN THUONG VU TINH UY"), "Ban Thường vụ Tỉnh ủy");
    EXPECT_EQ(official_case("CHỦ TỊCH ỦY BAN NHÂN DÂN TÍNH LẠNG SƠN"), "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn");
}

TEST(OfficialNames, PlaceNamesAndOrdinaryWordsAreNotRespelled) {
    // "Vân Phong" folds like "văn phòng", "Thanh" like "thành": a place is an open class.
    EXPECT_EQ(respell_office_words("Ủy ban nhân dân xã Vân Phong"), "Ủy ban nhân dân xã Vân Phong");
    EXPECT_EQ(respell_office_words("UBND XA VAN PHONG"), "UBND XÃ VAN PHONG");
    EXPECT_EQ(respell_office_words("Huyện ủy Thanh Hà"), "Huyện ủy Thanh Hà");
    // A level word is one only before a place or at the end of the name.
    EXPECT_EQ(respell_office_words("Phòng Lao động - Thương binh và Xã hội"), "Phòng Lao động - Thương binh và Xã hội");
    EXPECT_EQ(respell_office_words("Ban chỉ đạo tính toán"), "Ban chỉ đạo tính toán");
    EXPECT_EQ(respell_office_words("Ủy ban nhân dân tinh"), "Ủy ban nhân dân tỉnh");
}

TEST(OfficialNames, Abbreviations) {
    EXPECT_TRUE(is_abbreviation("UBND"));
    EXPECT_TRUE(is_abbreviation("HĐND"));
    EXPECT_TRUE(is_abbreviation("VN"));
    EXPECT_FALSE(is_abbreviation("TỈNH"));
    EXPECT_FALSE(is_abbreviation("NGHIÊNG"));
    EXPECT_EQ(expand_abbreviations("UBND huyện Mèo Vạc"), "Ủy ban nhân dân huyện Mèo Vạc");
}

TEST(OfficialNames, LocalitiesAndCompletion) {
    Localities places = localities_in("Ủy ban nhân dân tỉnh Lào Cai");
    ASSERT_EQ(places.count("tỉnh"), 1u);
    EXPECT_EQ(places["tỉnh"], "Lào Cai");
    EXPECT_EQ(localities_in("Huyện ủy Bảo Yên")["huyện"], "Bảo Yên");
    EXPECT_TRUE(localities_in("Sở Lao động - Thương binh và Xã hội").empty());
    EXPECT_EQ(complete_locality("Ban Thường vụ Tỉnh ủy", places), "Ban Thường vụ Tỉnh ủy Lào Cai");
    EXPECT_EQ(complete_locality("Ủy ban nhân dân tỉnh", places), "Ủy ban nhân dân tỉnh Lào Cai");
    EXPECT_EQ(complete_locality("Sở Xây dựng", places), "Sở Xây dựng tỉnh Lào Cai");
    EXPECT_EQ(complete_locality("Thủ tướng Chính phủ", places), "Thủ tướng Chính phủ");
    EXPECT_EQ(complete_locality("Ủy ban nhân dân huyện Sa Pa", places), "Ủy ban nhân dân huyện Sa Pa");
}

}  // namespace
}  // namespace vbtrack
