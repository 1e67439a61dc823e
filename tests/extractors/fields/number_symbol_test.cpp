#include <gtest/gtest.h>

#include "extractors/number_symbol.hpp"

namespace vbtrack {
namespace {

std::string number_line(std::string_view line) {
    auto found = find_number_line(line);
    return found ? found->value : "<none>";
}

TEST(NumberLine, TheFourFormsOfTheDecreeAndTheParty) {
    EXPECT_EQ(number_line("Số: 07/KH-UBND"), "07/KH-UBND");
    EXPECT_EQ(number_line("Số: 15/2021/TT-BNV"), "15/2021/TT-BNV");
    EXPECT_EQ(number_line("Số: 318/UBND-KT"), "318/UBND-KT");
    EXPECT_EQ(number_line("Số 203-TB/TU"), "203-TB/TU");
    EXPECT_EQ(number_line("Số 12-QĐi/HU"), "12-QĐi/HU");
}

TEST(NumberLine, OcrNoiseAroundSoAndTheSeparators) {
    EXPECT_EQ(number_line("S6 27-CT/HU"), "27-CT/HU");
    EXPECT_EQ(number_line("Số:03 /BC-SNV"), "03/BC-SNV");
    EXPECT_EQ(number_line("So: 88 / QĐ - UBND"), "88/QĐ-UBND");
    EXPECT_EQ(number_line("Sô 9-NQ/ĐU"), "9-NQ/ĐU");
    // Stripped marks, with the place and date on the same OCR line.
    EXPECT_EQ(number_line("So: 04/TTr-PGD Ha Noi, ngay 2 thang 3 nam 2022"), "04/TTr-PGD");
}

TEST(NumberLine, NotANumberLine) {
    EXPECT_EQ(number_line("Sở Nội vụ (Báo cáo);"), "<none>");
    EXPECT_EQ(number_line("Số lượng: 3 người"), "<none>");
    EXPECT_EQ(number_line("bão số 3"), "<none>");
}

TEST(NumberLine, SpanCoversSoAndTheSymbol) {
    std::string line = "UBND HUYỆN X Số: 5/KH-UBND";
    auto found = find_number_line(line, 1000);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->span.begin, 1000 + line.find("Số"));
    EXPECT_EQ(found->span.end, 1000 + line.size());
}

TEST(SplitNumberSymbol, TypeCodeByForm) {
    EXPECT_EQ(split_number_symbol("07/KH-UBND").type_code, "KH");
    EXPECT_FALSE(split_number_symbol("07/KH-UBND").party_form);
    EXPECT_EQ(split_number_symbol("15/2021/TT-BNV").type_code, "TT");
    EXPECT_EQ(split_number_symbol("318/UBND-KT").type_code, "");  // công văn
    auto party = split_number_symbol("203-TB/TU");
    EXPECT_TRUE(party.party_form);
    EXPECT_EQ(party.type_code, "TB");
    EXPECT_EQ(party.number, "203");
    EXPECT_EQ(split_number_symbol("12-QĐi/HU").type_code, "QĐi");
}

TEST(NumberSymbolAt, OcrSplitsAndLookAlikes) {
    auto at_start = [](std::string_view s) {
        auto found = number_symbol_at(s, 0);
        return found ? found->value : "<none>";
    };
    EXPECT_EQ(at_start("1037-CV/BDV TU ngày 16/7/2019"), "1037-CV/BDVTU");
    EXPECT_EQ(at_start("12-QĐi//TU ngày"), "12-QĐi/TU");
    EXPECT_EQ(at_start("12-\xC3\x90" "A/TU"), "12-ĐA/TU");  // Icelandic eth for Đ
    EXPECT_EQ(at_start("41-KH/HU Lục Ngạn"), "41-KH/HU");
    EXPECT_EQ(at_start("41-KH/HU ĐẢNG CỘNG SẢN"), "41-KH/HU");
    // A speck read as a letter outside the Vietnamese alphabet is dropped; Vietnamese letters stay.
    EXPECT_EQ(at_start("07-BCŒ/ĐU ngày"), "07-BC/ĐU");
    EXPECT_EQ(at_start("15/QĐ-UBND ngày"), "15/QĐ-UBND");
    EXPECT_EQ(at_start("02/2023/TT-BLĐTBXH"), "02/2023/TT-BLĐTBXH");
}

TEST(NumberSymbolAt, StopsAtTheNextWord) {
    std::string s = "Chỉ thị số 05-CT/TU ngày 3/4/2020";
    auto found = number_symbol_at(s, s.find("05"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->value, "05-CT/TU");
    EXPECT_FALSE(number_symbol_at("năm 2022 - 2025", 4));
}

// OCR drops the separator between the number and a type code: the code's form
// says which it was; a run that is no type code is not taken for one.
TEST(NumberSymbolAt, SeparatorLostAfterTheNumber) {
    auto at_start = [](std::string_view s) {
        auto found = number_symbol_at(s, 0);
        return found ? found->value : std::string();
    };
    EXPECT_EQ(at_start("06KH-UBND"), "06/KH-UBND");
    EXPECT_EQ(at_start("112HD/BTGTU"), "112-HD/BTGTU");
    EXPECT_EQ(at_start("214QĐ-UBND ngày"), "214/QĐ-UBND");
    EXPECT_EQ(at_start("1A-UBND"), "");
    EXPECT_EQ(find_number_line("Số:06KH-UBND")->value, "06/KH-UBND");
}

}  // namespace
}  // namespace vbtrack
