#include <gtest/gtest.h>

#include "extractors/sentences.hpp"
#include "extractors/text_view.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {
namespace {

Paragraph paragraph(std::string text, int page) {
    Paragraph p;
    p.text = std::move(text);
    p.page = page;
    return p;
}

TEST(DocumentText, TextIsDocumentTextAndLinesKnowTheirPage) {
    Document doc;
    doc.paragraphs = {paragraph("ỦY BAN NHÂN DÂN", 1), paragraph("", 1), paragraph("Số: 12/KH-UBND", 1),
                      paragraph("Nơi nhận:\n- Như trên;", 2)};
    DocumentText text(doc);
    EXPECT_EQ(text.text(), doc.text());
    ASSERT_EQ(text.line_count(), 4u);  // the empty paragraph is skipped, the two-line one gives two lines
    EXPECT_EQ(text.line_text(0), "ỦY BAN NHÂN DÂN");
    EXPECT_EQ(text.line_text(3), "- Như trên;");
    EXPECT_EQ(text.lines()[3].page, 2);
    std::size_t so = text.text().find("Số");
    EXPECT_EQ(text.line_at(so), 1u);
    EXPECT_EQ(text.page_at(so), 1);
    EXPECT_EQ(text.page_at(text.text().find("Như")), 2);
    EXPECT_EQ(text.page_at(text.text().size()), 2);
}

TEST(DocumentText, PlainTextFormFeedStartsAPage) {
    DocumentText text = DocumentText::from_plain("dòng một\n\n\fdòng hai\r\n");
    ASSERT_EQ(text.line_count(), 2u);
    EXPECT_EQ(text.text(), "dòng một\ndòng hai");
    EXPECT_EQ(text.lines()[1].page, 2);
}

TEST(DocumentText, OcrLinesGiveSourceAndConfidence) {
    Document doc;
    doc.paragraphs = {paragraph("Số 5-TB/HU", 1)};
    doc.paragraphs[0].source = TextSource::ocr;
    doc.paragraphs[0].confidence = 80;
    DocumentText text(doc);
    EXPECT_EQ(text.source_at({0, 4}), TextSource::ocr);
    EXPECT_DOUBLE_EQ(text.confidence_at({0, 4}), 0.8);
}

TEST(DocumentText, RepairedLinesAreKnown) {
    Document doc;
    doc.paragraphs = {paragraph("Số 5-TB/HU", 1), paragraph("Ban Thường vụ", 1)};
    doc.paragraphs[0].raw_text = "Số 5-TB/HU";
    doc.paragraphs[1].raw_text = "Ban Thuong vu";
    DocumentText text(doc);
    EXPECT_FALSE(text.repaired_at(text.lines()[0].span));
    EXPECT_TRUE(text.repaired_at(text.lines()[1].span));
}

TEST(Sentences, WrappedLowerCaseLinesJoinAbbreviationsDoNotSplit) {
    DocumentText text = DocumentText::from_plain(
        "Giao Sở Tư pháp chủ trì thực hiện. Sở Nội vụ phối hợp\n"
        "với các cơ quan liên quan; báo cáo TM. UBND tỉnh\n"
        "a) mục thứ nhất\n"
        "1. Mục đích");
    auto sentences = split_sentences(text);
    ASSERT_EQ(sentences.size(), 4u);
    EXPECT_EQ(text.slice(sentences[0]), "Giao Sở Tư pháp chủ trì thực hiện.");
    EXPECT_EQ(text.slice(sentences[1]), "Sở Nội vụ phối hợp\nvới các cơ quan liên quan; báo cáo TM. UBND tỉnh");
    EXPECT_EQ(text.slice(sentences[2]), "a) mục thứ nhất");
    auto clauses = split_clauses(text, sentences[1]);
    ASSERT_EQ(clauses.size(), 2u);
    EXPECT_EQ(text.slice(clauses[1]), "báo cáo TM. UBND tỉnh");
}

// A number before a period is a list marker or an article's ("Điều 3. Đoàn X ..."), but
// the number that closes a date ends the sentence when a capital follows, and so
// does a year, whatever comes before it.
TEST(Sentences, ADateClosesASentence) {
    DocumentText text = DocumentText::from_plain(
        "Hai bên giao ban vào tuần đầu tháng 12. Phòng Tổ chức - Hành chính tổng hợp kết quả.\n"
        "Hội nghị tổ chức trong năm 2025. Ban Tổ chức chuẩn bị.\n"
        "Đây là năm cuối của giai đoạn 2021 - 2025. Các cơ quan, đơn vị tập trung thi đua.\n"
        "Điều 3. Văn phòng Đảng ủy theo dõi.");
    auto sentences = split_sentences(text);
    ASSERT_EQ(sentences.size(), 7u);
    EXPECT_EQ(text.slice(sentences[0]), "Hai bên giao ban vào tuần đầu tháng 12.");
    EXPECT_EQ(text.slice(sentences[1]), "Phòng Tổ chức - Hành chính tổng hợp kết quả.");
    EXPECT_EQ(text.slice(sentences[2]), "Hội nghị tổ chức trong năm 2025.");
    EXPECT_EQ(text.slice(sentences[4]), "Đây là năm cuối của giai đoạn 2021 - 2025.");
    EXPECT_EQ(text.slice(sentences[5]), "Các cơ quan, đơn vị tập trung thi đua.");
    EXPECT_EQ(text.slice(sentences[6]), "Điều 3. Văn phòng Đảng ủy theo dõi.");
}

TEST(Folding, MapsBackToSourceBytes) {
    std::string s = "Quyết định số 1158-QĐ/TU";
    FoldedText f = fold(s, 100);
    EXPECT_EQ(f.folded, "quyet dinh so 1158-qd/tu");
    std::size_t at = f.folded.find("1158");
    TextSpan span = f.to_source(at, f.folded.size());
    EXPECT_EQ(s.substr(span.begin - 100, span.end - span.begin), "1158-QĐ/TU");
    EXPECT_EQ(to_lower("ĐẢNG ỦY"), "đảng ủy");
    EXPECT_TRUE(is_all_caps("CHỦ TỊCH"));
    EXPECT_FALSE(is_all_caps("Chủ tịch"));
}

}  // namespace
}  // namespace vbtrack
