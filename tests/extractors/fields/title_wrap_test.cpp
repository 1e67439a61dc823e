// A trích yếu wrapped before a word in capitals (a proper name, a document's
// name): written for these tests, as a text PDF gives it (each line a paragraph
// with the bold and centring its reader inferred) and as plain text or OCR gives
// it (lines only).
#include <gtest/gtest.h>

#include "document_builder.hpp"

namespace vbtrack {
namespace {

constexpr std::string_view kHeader =
    "SỞ Y TẾ TỈNH HÀ GIANG\nSố: 88/BC-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Giang, ngày 12 tháng 3 năm 2025\nBÁO CÁO\n";

Document pdf_document(std::string_view title_and_body, std::size_t title_lines) {
    Document doc = test::document_from_text(std::string(kHeader) + std::string(title_and_body));
    const std::size_t type_line = 5;
    for (std::size_t i = type_line; i <= type_line + title_lines; ++i) {
        doc.paragraphs[i].bold = true;
        doc.paragraphs[i].align = Align::center;
    }
    for (std::size_t i = type_line + title_lines + 1; i < doc.paragraphs.size(); ++i)
        doc.paragraphs[i].align = Align::justify;
    return doc;
}

TEST(TitleWrap, TextPdfLineInBoldCentredStartingWithAName) {
    Record r = test::extract_record(pdf_document(
        "Tổng kết 10 năm thi hành\nLuật Phòng, chống tác hại của thuốc lá trên địa bàn tỉnh\n"
        "Thực hiện Công văn số 15/BYT-MT ngày 02/01/2025 của Bộ Y tế, Sở Y tế báo cáo như sau:\n",
        2));
    EXPECT_EQ(r.title, "Tổng kết 10 năm thi hành Luật Phòng, chống tác hại của thuốc lá trên địa bàn tỉnh");
}

TEST(TitleWrap, TextPdfBodyInCapitalsAfterTheTitleIsNotPartOfIt) {
    // The body's first paragraph is justified, not bold: the title ends before it.
    Record r = test::extract_record(pdf_document(
        "Kết quả tiêm chủng mở rộng năm 2024\nSở Y tế báo cáo kết quả tiêm chủng mở rộng năm 2024 như sau\n", 1));
    EXPECT_EQ(r.title, "Kết quả tiêm chủng mở rộng năm 2024");
}

TEST(TitleWrap, PlainLinesAfterAWordThatLeavesThePhraseOpen) {
    Record r = test::extract_text(std::string(kHeader) +
                                  "Kết quả 5 năm triển khai\nĐề án Bệnh viện vệ tinh giai đoạn 2020 - 2025\n"
                                  "Sở Y tế báo cáo kết quả như sau:\n");
    EXPECT_EQ(r.title, "Kết quả 5 năm triển khai Đề án Bệnh viện vệ tinh giai đoạn 2020 - 2025");
    // OCR: marks lost; a two-syllable end is still told.
    Record ocr = test::extract_text(std::string(kHeader) +
                                    "Ket qua 3 nam thuc hien\nChuong trinh suc khoe hoc duong tinh Ha Giang\n"
                                    "So Y te bao cao nhu sau:\n",
                                    TextSource::ocr);
    EXPECT_EQ(ocr.title, "Ket qua 3 nam thuc hien Chuong trinh suc khoe hoc duong tinh Ha Giang");
    // One syllable without its marks is not trusted: "tai" may be "tài" (đề tài) as well as "tại".
    Record ambiguous = test::extract_text(std::string(kHeader) + "Ket qua nghiem thu de tai\nSo Y te bao cao nhu sau\n",
                                          TextSource::ocr);
    EXPECT_EQ(ambiguous.title, "Ket qua nghiem thu de tai");
}

TEST(TitleWrap, AClosedLineThenASentenceInCapitalsEndsTheTitle) {
    Record r = test::extract_text(std::string(kHeader) +
                                  "Công tác phòng, chống dịch sốt xuất huyết\n"
                                  "Sở Y tế báo cáo tình hình dịch như sau\n- Số ca mắc: 120 ca.\n");
    EXPECT_EQ(r.title, "Công tác phòng, chống dịch sốt xuất huyết");
    // An open end, but the next line is a sentence ending in a colon: the body.
    Record colon = test::extract_text(std::string(kHeader) +
                                      "Kết quả kiểm tra các cơ sở về\n"
                                      "Thực hiện Kế hoạch số 5/KH-SYT, Sở Y tế báo cáo như sau:\n");
    EXPECT_EQ(colon.title, "Kết quả kiểm tra các cơ sở về");
}

// A line that ends with a level ("... Đảng bộ xã") leaves the place for the next
// line, which opens with its name, its syllables capitalized; a sentence after a
// level ("Thực hiện ...") does not go on it.
TEST(TitleWrap, APlaceNameAfterALevelAtTheEndOfALine) {
    Record r = test::extract_text(std::string(kHeader) +
                                  "Kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện\n"
                                  "Hoàng Su Phì lần thứ XXI, nhiệm kỳ 2020 - 2025\n"
                                  "Sở Y tế báo cáo kết quả như sau:\n",
                                  TextSource::ocr);
    EXPECT_EQ(r.title, "Kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện Hoàng Su Phì lần thứ XXI, nhiệm kỳ 2020 - 2025");
    // A scan's speck after the level ("... huyện -") does not hide it.
    Record speck = test::extract_text(std::string(kHeader) +
                                      "Kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện -\n"
                                      "Hoàng Su Phì lần thứ XXI, nhiệm kỳ 2020 - 2025\n"
                                      "Sở Y tế báo cáo kết quả như sau:\n",
                                      TextSource::ocr);
    EXPECT_NE(speck.title.find("Hoàng Su Phì"), std::string::npos);
    Record sentence = test::extract_text(std::string(kHeader) +
                                         "Công tác phòng, chống dịch bệnh trên địa bàn tỉnh\n"
                                         "Thực hiện chỉ đạo của Bộ Y tế, Sở Y tế báo cáo\n",
                                         TextSource::ocr);
    EXPECT_EQ(sentence.title, "Công tác phòng, chống dịch bệnh trên địa bàn tỉnh");
    // Nor does a sentence whose subject is a body named in capitals.
    Record body = test::extract_text(std::string(kHeader) +
                                     "Công tác phòng, chống dịch bệnh trên địa bàn tỉnh\n"
                                     "Sở Tài chính phối hợp báo cáo\n",
                                     TextSource::ocr);
    EXPECT_EQ(body.title, "Công tác phòng, chống dịch bệnh trên địa bàn tỉnh");
}

}  // namespace
}  // namespace vbtrack
