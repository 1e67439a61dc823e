#include <gtest/gtest.h>

#include <algorithm>

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

// The x at which a line of `text` starts when centred on `center` (helper widths:
// 0.5 em per character, 0.25 em per space, em = 12).
double centred_at(const std::string& text, double center, double height = 12) {
    double spaces = static_cast<double>(std::count(text.begin(), text.end(), ' '));
    double width = 0.5 * height * (static_cast<double>(text.size()) - spaces) + 0.25 * height * spaces;
    return center - width / 2;
}

std::vector<PositionedWord> centred_line(const std::string& text, double center, double y) {
    return line(text, centred_at(text, center), y);
}

double right_of(const std::vector<PositionedWord>& words) { return words.back().right; }

// A line of body text set flush on both sides between `left` and `right`: its word
// spaces are stretched evenly.
std::vector<PositionedWord> justified(const std::string& text, double left, double right, double y) {
    auto words = line(text, left, y);
    const double stretch = (right - right_of(words)) / static_cast<double>(words.size() - 1);
    for (std::size_t k = 1; k < words.size(); ++k) {
        const double shift = stretch * static_cast<double>(k);
        words[k].left += shift;
        words[k].right += shift;
    }
    return words;
}

// A header whose left cells are centred on x = 160 and right cells on x = 330,
// on a page whose text runs from 60 to 540.
TEST(PageLayout, LeftCellOneWordSpaceFromTheDateBetweenTwoCellLinesIsTwoCells) {
    std::vector<PositionedWord> page;
    add(page, centred_line("UBND HUYEN KIM BANG", 160, 50));
    add(page, centred_line("CONG HOA XA HOI CHU NGHIA VIET NAM", 330, 50));
    auto wide_issuer = centred_line("PHONG TAI NGUYEN MOI TRUONG", 160, 65);
    const double word_space = 3;
    add(page, line("Kim Bang, ngay 9 thang 7 nam 2025", right_of(wide_issuer) + word_space, 65));
    add(page, wide_issuer);
    add(page, centred_line("So: 27/BC-TNMT", 160, 80));
    add(page, centred_line("Doc lap - Tu do - Hanh phuc", 330, 80));
    add(page, centred_line("BAO CAO", 300, 110));
    add(page, justified("Tinh hinh thuc hien nhiem vu bao ve moi truong sau thang dau nam", 60, 540, 140));
    auto paragraphs = lay_out_page(page, 1, TextSource::text_layer);
    EXPECT_EQ(texts(paragraphs),
              (std::vector<std::string>{"UBND HUYEN KIM BANG", "PHONG TAI NGUYEN MOI TRUONG", "So: 27/BC-TNMT",
                                        "CONG HOA XA HOI CHU NGHIA VIET NAM", "Kim Bang, ngay 9 thang 7 nam 2025",
                                        "Doc lap - Tu do - Hanh phuc", "BAO CAO",
                                        "Tinh hinh thuc hien nhiem vu bao ve moi truong sau thang dau nam"}));
    ASSERT_EQ(paragraphs.size(), 8u);
    ASSERT_TRUE(paragraphs[1].cell && paragraphs[4].cell);
    EXPECT_EQ(paragraphs[1].cell->column, 0);
    EXPECT_EQ(paragraphs[4].cell->column, 1);
    // The short title right of the left cells is centred on the page: it is not a right cell.
    EXPECT_FALSE(paragraphs[6].cell);
    EXPECT_EQ(paragraphs[6].align, Align::center);
}

TEST(PageLayout, TopIssuerLineNearTheMottoIsTwoCellsWhenTheirGapIsWiderThanItsWordSpaces) {
    std::vector<PositionedWord> page;
    auto wide_issuer = centred_line("SO XAY DUNG TINH LAI CHAU", 160, 50);
    add(page, line("CONG HOA XA HOI CHU NGHIA VIET NAM", right_of(wide_issuer) + 12, 50));  // one em
    add(page, wide_issuer);
    add(page, centred_line("TRUNG TAM KIEM DINH", 160, 65));
    add(page, centred_line("Doc lap - Tu do - Hanh phuc", 331, 65));
    add(page, centred_line("So: 88/TB-TTKD", 160, 80));
    auto paragraphs = lay_out_page(page, 1, TextSource::text_layer);
    EXPECT_EQ(texts(paragraphs),
              (std::vector<std::string>{"SO XAY DUNG TINH LAI CHAU", "TRUNG TAM KIEM DINH", "So: 88/TB-TTKD",
                                        "CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc"}));
}

TEST(PageLayout, RecipientNearTheSignerTitleIsTwoCells) {
    std::vector<PositionedWord> page;
    auto long_recipient = line("- Trung tam Phuc vu hanh chinh cong tinh Lai Chau (b/c);", 60, 515);
    const double title_left = right_of(long_recipient) + 14;  // a little over one em
    const double signer_center = title_left + 33;              // "PHO GIAM DOC" is 66 wide
    add(page, line("Noi nhan:", 60, 500));
    add(page, centred_line("KT. GIAM DOC", signer_center, 500));
    add(page, line("PHO GIAM DOC", title_left, 515));
    add(page, long_recipient);
    add(page, line("- Luu: VT, KHTC.", 60, 530));
    add(page, centred_line("Tran Thi Hoa", signer_center, 590));
    auto paragraphs = lay_out_page(page, 1, TextSource::text_layer);
    EXPECT_EQ(texts(paragraphs),
              (std::vector<std::string>{"Noi nhan:", "- Trung tam Phuc vu hanh chinh cong tinh Lai Chau (b/c);",
                                        "- Luu: VT, KHTC.", "KT. GIAM DOC", "PHO GIAM DOC", "Tran Thi Hoa"}));
}

TEST(PageLayout, JustifiedBodyLineAboveTheFooterStaysWhole) {
    // Its words are evenly spaced, so a word space that falls in the footer's gutter is
    // only a word space; its left end is flush with the recipients, as body text is.
    std::vector<PositionedWord> page;
    add(page, justified("Cac co quan don vi to chuc thuc hien nghiem tuc noi dung tren day va bao cao", 60, 540, 470));
    add(page, line("Noi nhan:", 60, 500));
    add(page, centred_line("TM. UY BAN NHAN DAN", 400, 500));
    add(page, line("- Nhu tren;", 60, 515));
    add(page, centred_line("CHU TICH", 400, 515));
    auto paragraphs = lay_out_page(page, 1, TextSource::text_layer);
    EXPECT_EQ(texts(paragraphs),
              (std::vector<std::string>{"Cac co quan don vi to chuc thuc hien nghiem tuc noi dung tren day va bao cao",
                                        "Noi nhan:", "- Nhu tren;", "TM. UY BAN NHAN DAN", "CHU TICH"}));
    EXPECT_FALSE(paragraphs[0].cell);
}

TEST(PageLayout, TitleAndBodyBelowTheHeaderStayWhole) {
    std::vector<PositionedWord> page;
    add(page, centred_line("UBND XA TAN LAP", 160, 50));
    add(page, centred_line("CONG HOA XA HOI CHU NGHIA VIET NAM", 330, 50));
    add(page, centred_line("So: 5/KH-UBND", 160, 65));
    add(page, centred_line("Doc lap - Tu do - Hanh phuc", 330, 65));
    add(page, centred_line("KE HOACH TRONG CAY XANH NAM HAI NGHIN HAI MUOI LAM", 300, 100));
    add(page, justified("Thuc hien van ban cua cap tren ve viec trong cay xanh tren dia ban xa nam", 60, 540, 130));
    auto paragraphs = lay_out_page(page, 1, TextSource::text_layer);
    EXPECT_EQ(texts(paragraphs),
              (std::vector<std::string>{"UBND XA TAN LAP", "So: 5/KH-UBND", "CONG HOA XA HOI CHU NGHIA VIET NAM",
                                        "Doc lap - Tu do - Hanh phuc",
                                        "KE HOACH TRONG CAY XANH NAM HAI NGHIN HAI MUOI LAM",
                                        "Thuc hien van ban cua cap tren ve viec trong cay xanh tren dia ban xa nam"}));
}

TEST(PageLayout, EmptyPageGivesNoParagraphs) { EXPECT_TRUE(lay_out_page({}, 1, TextSource::ocr).empty()); }

}  // namespace
}  // namespace vbtrack
