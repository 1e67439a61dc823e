// Names in text that has its marks (a Word file, Tesseract's Vietnamese OCR):
// a capitalized syllable the model never saw is kept when no spelling of its
// letters is common (a rare name), and corrected when one is (a misread mark);
// a line that is a name alone (under a signature) and the place of the
// place-and-date line are kept as written.
// The words are checked by hand against ../shared/corpus: "dếnh" never occurs
// and "dềnh" 3 times in it; "chănh" never, "chánh" ~1 900 times.
#include <gtest/gtest.h>

#include "corpus_model.hpp"

namespace vbtrack::diacritics {
namespace {

TEST(DiacriticsNames, KeepsARareNameTheModelNeverSaw) {
    REQUIRE_CORPUS_MODEL(restorer);
    const std::string text = "Đồng chí Hờ A Dếnh, Phó Chủ tịch Ủy ban nhân dân xã, chủ trì hội nghị.";
    const RestoreResult r = restorer.restore(text);
    EXPECT_EQ(r.origin, TextOrigin::typed);
    EXPECT_EQ(r.text, text);
    // The model does not know it: unresolved, not changed.
    EXPECT_EQ(r.changed_syllables, 0);
    EXPECT_EQ(r.unresolved_syllables, 1);
}

TEST(DiacriticsNames, CorrectsACommonWordWithAMisreadMark) {
    REQUIRE_CORPUS_MODEL(restorer);
    const RestoreResult r = restorer.restore("Chănh Văn phòng Ủy ban nhân dân huyện báo cáo kết quả.");
    EXPECT_EQ(r.text, "Chánh Văn phòng Ủy ban nhân dân huyện báo cáo kết quả.");
}

TEST(DiacriticsNames, KeepsTheNameUnderASignatureAsRead) {
    REQUIRE_CORPUS_MODEL(restorer);
    // A Dao chair's name, read right by the OCR. The model knows the words "tân"
    // and "mây" far better than the family name "Tẩn" and the given name "Mẩy",
    // and used to make "Tân Thị Mây" of it (held-out set 3's kh06).
    const std::string text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTẩn Thị Mẩy\n";
    const RestoreResult r = restorer.restore(text, {.from_scan = true});
    EXPECT_EQ(r.text, text);
    EXPECT_EQ(r.changed_syllables, 0);
}

TEST(DiacriticsNames, KeepsThePlaceOfTheDateLineAsRead) {
    REQUIRE_CORPUS_MODEL(restorer);
    // A commune of Hà Giang; "ngan" is a word the model knows, "ngắn" far better
    // (held-out set 1's bc45 became "Phìn Ngắn").
    const std::string text = "ĐẢNG CỘNG SẢN VIỆT NAM\nPhìn Ngan, ngày 18 tháng 6 năm 2024\n";
    EXPECT_EQ(restorer.restore(text, {.from_scan = true}).text, text);
    EXPECT_EQ(restorer.restore(text).text, text);
}

TEST(DiacriticsNames, TextWithoutMarksStillGetsThem) {
    // Typed without marks, a name has none to keep: the rule is for marked text only.
    REQUIRE_CORPUS_MODEL(restorer);
    EXPECT_EQ(restorer.restore("Pho Chu tich Uy ban nhan dan xa chu tri hoi nghi.").text,
              "Phó Chủ tịch Ủy ban nhân dân xã chủ trì hội nghị.");
    // A name on its own line too.
    EXPECT_EQ(restorer.restore("Ke hoach to chuc hoi nghi tong ket nam 2024\nCHU TICH\nNguyen Van Nam\n").text,
              "Kế hoạch tổ chức hội nghị tổng kết năm 2024\nCHỦ TỊCH\nNguyễn Văn Nam\n");
}

}  // namespace
}  // namespace vbtrack::diacritics
