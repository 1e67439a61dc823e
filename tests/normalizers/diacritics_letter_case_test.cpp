#include <gtest/gtest.h>

#include "normalizers/base_form.hpp"
#include "normalizers/diacritics/letter_case.hpp"

namespace vbtrack::diacritics {
namespace {

TEST(DiacriticsBaseForm, StripsEveryMark) {
    EXPECT_EQ(base_form("Kết"), "ket");
    EXPECT_EQ(base_form("ĐẢNG"), "dang");
    EXPECT_EQ(base_form("thường"), "thuong");
    EXPECT_EQ(base_form("hoạch"), "hoach");
    EXPECT_EQ(base_form("ủy"), "uy");
    EXPECT_EQ(base_form("s6"), "s6");
    EXPECT_EQ(base_form("HĐND"), "hdnd");
}

TEST(DiacriticsBaseForm, TellsMarkedWords) {
    EXPECT_TRUE(has_marks("đi"));
    EXPECT_TRUE(has_marks("Ủy"));
    EXPECT_FALSE(has_marks("UBND"));
    EXPECT_FALSE(has_marks("ke"));
}

TEST(DiacriticsLetterCase, KeepsTheCaseAsWritten) {
    EXPECT_EQ(letter_case("KE"), LetterCase::upper);
    EXPECT_EQ(letter_case("Ket"), LetterCase::capitalized);
    EXPECT_EQ(letter_case("ket"), LetterCase::lower);
    EXPECT_EQ(apply_case("kế", LetterCase::upper), "KẾ");
    EXPECT_EQ(apply_case("đảng", LetterCase::capitalized), "Đảng");
    EXPECT_EQ(apply_case("ủy", LetterCase::lower), "ủy");
}

}  // namespace
}  // namespace vbtrack::diacritics
