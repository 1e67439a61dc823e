#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "test_paths.hpp"

#include "normalizers/text_layer_quality.hpp"

using vbtrack::judge_text_layer;

namespace {

// Written for this test: an official-style paragraph in Vietnamese.
constexpr const char* kVietnamese =
    "Căn cứ Luật Tổ chức chính quyền địa phương, Ủy ban nhân dân xã ban hành kế hoạch kiểm tra "
    "công tác cải cách hành chính năm 2025 như sau: các thôn, bản rà soát hồ sơ, báo cáo kết quả "
    "về Văn phòng trước ngày 15/4/2025 để tổng hợp.";

// The same paragraph as an English OCR model reads a printed copy: marks
// lost or turned into digits and apostrophes.
constexpr const char* kEnglishOcr =
    "Can cu Luat T6 chirc chinh quyén dia phuong, Uy ban nhan dan x4 ban hanh ké hoach kiém tra "
    "cong tac cai cach hanh chinh ndm 2025 nhu sau: cac thon, ban ra soat hé so, bao cao két qua "
    "vé Van phong trudc ngay 15/4/2025 dé tong hop.";

}  // namespace

TEST(TextLayerQuality, KeepsVietnameseAsPrinted) {
    const auto v = judge_text_layer(kVietnamese);
    EXPECT_TRUE(v.usable) << v.reason;
    EXPECT_GT(v.valid_share, 0.95);
    EXPECT_GT(v.diacritic_density, 0.5);
}

TEST(TextLayerQuality, RejectsVietnameseReadByAnEnglishModel) {
    const auto v = judge_text_layer(kEnglishOcr);
    EXPECT_FALSE(v.usable) << v.reason;
    EXPECT_LT(v.diacritic_density, 0.25);
    EXPECT_NE(v.reason.find("OCR"), std::string::npos);
}

TEST(TextLayerQuality, RejectsTheIssuesExample) {
    const auto v = judge_text_layer(
        "Ket luén s6 116- KL/T U ngay 09/7/2021 cua Ban Thu'orng vu Tinh Jay ve tiep tuc day manh cong tac dan van");
    EXPECT_FALSE(v.usable) << v.reason;
}

TEST(TextLayerQuality, AnEmptyLayerNeedsOcrAndAShortOneIsKept) {
    EXPECT_FALSE(judge_text_layer("  \n 12/3 ").usable);
    EXPECT_TRUE(judge_text_layer("Trang 2").usable);
}

TEST(TextLayerQuality, AcronymsAndNumbersDoNotCount) {
    const auto v = judge_text_layer(std::string(kVietnamese) + " UBND HĐND TTHC 01/KH-UBND 2025");
    EXPECT_TRUE(v.usable) << v.reason;
    EXPECT_EQ(v.syllables, judge_text_layer(kVietnamese).syllables);
}

namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST(TextLayerQuality, JudgesTheEvalDocumentsGoldAndEnglishOcr) {
    VBTRACK_REQUIRE_SHARED(shared);
    int judged_english = 0;
    for (const auto& entry : std::filesystem::directory_iterator(shared / "eval" / "docs")) {
        const auto gold = judge_text_layer(slurp(entry.path() / "gold.txt"));
        EXPECT_TRUE(gold.usable) << entry.path() << ": " << gold.reason;
        if (std::filesystem::exists(entry.path() / "ocr_input.txt")) {
            const auto english = judge_text_layer(slurp(entry.path() / "ocr_input.txt"));
            EXPECT_FALSE(english.usable) << entry.path() << ": " << english.reason;
            ++judged_english;
        }
    }
    EXPECT_GT(judged_english, 0);
}
