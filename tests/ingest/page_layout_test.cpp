#include <gtest/gtest.h>

#include "pipeline/layout/page_layout.hpp"

namespace vbtrack {
namespace {

// A word at (x, y) of the given height, about 0.5 em wide per character.
PositionedWord word(const std::string& text, double x, double y, double height = 12) {
    return {text, x, y, x + 0.5 * height * static_cast<double>(text.size()), y + height};
}

std::vector<PositionedWord> line(const std::string& text, double x, double y, double height = 12) {
    std::vector<PositionedWord> words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        words.push_back(word(text.substr(start, end - start), x, y, height));
        x = words.back().right + 0.25 * height;
        start = end + 1;
    }
    return words;
}

std::vector<std::string> texts(const std::vector<Paragraph>& paragraphs) {
    std::vector<std::string> out;
    for (const auto& p : paragraphs) out.push_back(p.text);
    return out;
}

void add(std::vector<PositionedWord>& to, std::vector<PositionedWord> words) {
    to.insert(to.end(), words.begin(), words.end());
}

TEST(PageLayout, TwoColumnHeaderIsReadLeftColumnThenRightColumn) {
    std::vector<PositionedWord> page;
    add(page, line("UBND TINH A", 60, 50));
    add(page, line("CONG HOA XA HOI", 300, 50));
    add(page, line("VAN PHONG", 70, 65));
    add(page, line("Doc lap", 320, 65));
    add(page, line("So: 01/KH-VP", 60, 85));
    add(page, line("A, ngay 4 thang 1", 310, 85));
    add(page, line("KE HOACH", 208, 120));  // centred between 60 and 400
    auto paragraphs = lay_out_page(page, 1, TextSource::text_layer);
    EXPECT_EQ(texts(paragraphs), (std::vector<std::string>{"UBND TINH A", "VAN PHONG", "So: 01/KH-VP", "CONG HOA XA HOI",
                                                          "Doc lap", "A, ngay 4 thang 1", "KE HOACH"}));
    ASSERT_TRUE(paragraphs[3].cell);
    EXPECT_EQ(paragraphs[3].cell->column, 1);
    EXPECT_EQ(paragraphs[6].align, Align::center);
}

TEST(PageLayout, SmallRecipientLinesBesideTallSignatureLinesStayApart) {
    std::vector<PositionedWord> page;
    add(page, line("Noi nhan:", 60, 500, 10));
    add(page, line("KT. CHU TICH", 330, 498, 14));
    add(page, line("- Nhu tren;", 60, 512, 10));
    add(page, line("PHO CHU TICH", 330, 515, 14));
    add(page, line("- Luu: VT.", 60, 524, 10));
    auto paragraphs = lay_out_page(page, 1, TextSource::text_layer);
    EXPECT_EQ(texts(paragraphs), (std::vector<std::string>{"Noi nhan:", "- Nhu tren;", "- Luu: VT.", "KT. CHU TICH",
                                                          "PHO CHU TICH"}));
}

TEST(PageLayout, WrappedBodyLinesJoinIntoOneParagraphAndIndentStartsANewOne) {
    std::vector<PositionedWord> page;
    add(page, line("Mot hai ba bon nam sau bay tam chin muoi mot hai ba bon nam", 80, 100));
    add(page, line("sau bay tam chin muoi mot hai ba bon nam sau bay tam chin muoi", 60, 114));
    add(page, line("ket thuc.", 60, 128));
    add(page, line("Doan moi bat dau o day va dai ra toi tan le phai cua trang giay", 80, 142));
    auto paragraphs = lay_out_page(page, 1, TextSource::text_layer);
    ASSERT_EQ(paragraphs.size(), 2u) << ::testing::PrintToString(texts(paragraphs));
    EXPECT_EQ(paragraphs[0].text.substr(0, 7), "Mot hai");
    EXPECT_NE(paragraphs[0].text.find("ket thuc."), std::string::npos);
    EXPECT_EQ(paragraphs[1].text.substr(0, 8), "Doan moi");
}

TEST(PageLayout, EmptyPageGivesNoParagraphs) { EXPECT_TRUE(lay_out_page({}, 1, TextSource::ocr).empty()); }

}  // namespace
}  // namespace vbtrack
