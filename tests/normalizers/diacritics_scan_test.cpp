// Text read from a scan by Tesseract's Vietnamese model (RestoreOptions::from_scan):
// its marks are mostly right, but the small tone marks are misread, most often the
// hook above as the acute ("tổ chức" as "tố chức", "đổi mới" as "đối mới"), as
// in the development documents' scans; a vowel's own mark (ă, â, ơ, ư) seldom is.
#include <gtest/gtest.h>

#include "corpus_model.hpp"

namespace vbtrack::diacritics {
namespace {

TEST(DiacriticsScan, CorrectsAMisreadToneOfAKnownWord) {
    REQUIRE_CORPUS_MODEL(restorer);
    const std::string read = "Ủy ban nhân dân xã tố chức kiểm tra việc chuyến đối số trong năm 2025.";
    EXPECT_EQ(restorer.restore(read, {.from_scan = true}).text,
              "Ủy ban nhân dân xã tổ chức kiểm tra việc chuyển đổi số trong năm 2025.");
    // Typed text is the author's: a known word keeps its marks.
    EXPECT_EQ(restorer.restore(read).text, read);
}

TEST(DiacriticsScan, KeepsVowelMarksAndWordsThatFit) {
    REQUIRE_CORPUS_MODEL(restorer);
    // "hằng tháng" and "hàng tháng" are both written; OCR read the author's choice.
    const std::string read = "Các phòng báo cáo kết quả trước ngày 25 hằng tháng và tổng hợp số liệu hằng năm.";
    const RestoreResult r = restorer.restore(read, {.from_scan = true});
    EXPECT_EQ(r.text, read);
    EXPECT_EQ(r.changed_syllables, 0);
}

}  // namespace
}  // namespace vbtrack::diacritics
