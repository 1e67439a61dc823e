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
