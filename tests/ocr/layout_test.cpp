// Reading order on hand-built pages (coordinates as Tesseract reports them at 300 dpi).
#include <gtest/gtest.h>

#include "pipeline/ocr/layout.hpp"

using vbtrack::OcrWord;
using vbtrack::ocr::lay_out;
using vbtrack::ocr::OcrLine;

namespace {

// A line of words starting at `left`, 40 px high, each word 20 px per character plus a 12 px space.
OcrLine line(int left, int top, std::initializer_list<const char*> words) {
    OcrLine out;
    int x = left;
    for (const char* w : words) {
        const int width = 20 * static_cast<int>(std::string(w).size());
        out.words.push_back({w, vbtrack::Box{x, top, x + width, top + 40}, 90});
        x += width + 12;
    }
    out.box = {left, top, x - 12, top + 40};
    return out;
}

// Tesseract reads a header row straight across: both cells in one line with a wide gap.
OcrLine across(int top, OcrLine left, OcrLine right) {
    left.box.right = right.box.right;
    left.words.insert(left.words.end(), right.words.begin(), right.words.end());
    left.box.top = top;
    return left;
}

std::vector<std::string> texts(const std::vector<vbtrack::Paragraph>& ps) {
    std::vector<std::string> out;
    for (const auto& p : ps) out.push_back(p.text);
    return out;
}

}  // namespace

TEST(Layout, TwoColumnHeaderComesOutLeftColumnThenRightColumn) {
    const std::vector<OcrLine> lines = {
        across(100, line(150, 100, {"UBND", "XÃ", "A"}), line(1100, 100, {"CỘNG", "HÒA"})),
        across(150, line(180, 150, {"VĂN", "PHÒNG"}), line(1150, 150, {"Độc", "lập"})),
        across(220, line(160, 220, {"Số:", "5/KH"}), line(1120, 220, {"A,", "ngày", "1"})),
        line(1000, 320, {"KẾ", "HOẠCH"}),  // the title, centred across the gutter
        line(200, 400, {"Thực", "hiện", "việc", "này", "như", "sau", "đây", "cho", "đúng", "quy", "định", "hiện", "hành"}),
    };
    EXPECT_EQ(texts(lay_out(lines, 2480, 1)),
              (std::vector<std::string>{"UBND XÃ A", "VĂN PHÒNG", "Số: 5/KH", "CỘNG HÒA", "Độc lập", "A, ngày 1",
                                        "KẾ HOẠCH",
                                        "Thực hiện việc này như sau đây cho đúng quy định hiện hành"}));
}

TEST(Layout, SignatureBlockKeepsRecipientsBeforeTheSigner) {
    const std::vector<OcrLine> lines = {
        across(2900, line(200, 2900, {"Nơi", "nhận:"}), line(1500, 2900, {"CHỦ", "TỊCH"})),
        line(200, 2950, {"-", "Như", "trên;"}),
        line(200, 3000, {"-", "Lưu:", "VT."}),
        line(1500, 3150, {"Lò", "Văn", "B"}),
    };
    EXPECT_EQ(texts(lay_out(lines, 2480, 2)),
              (std::vector<std::string>{"Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Lò Văn B"}));
}

TEST(Layout, BodyLinesJoinIntoParagraphsAtIndentsAndShortLines) {
    // Margins 200..2280; a first-line indent of 120 px starts a paragraph, a short line ends one.
    auto full = [](int left, int top) {
        OcrLine l = line(left, top, {"một", "dòng"});
        l.words.back().box.right = l.box.right = 2280;
        return l;
    };
    const std::vector<OcrLine> lines = {full(320, 500), full(200, 550), line(200, 600, {"hết."}),
                                        full(320, 650), full(200, 700)};
    const auto ps = lay_out(lines, 2480, 1);
    ASSERT_EQ(ps.size(), 2u);
    EXPECT_EQ(ps[0].words.size(), 5u);
    EXPECT_EQ(ps[0].text, "một dòng một dòng hết.");
    EXPECT_EQ(ps[1].text, "một dòng một dòng");
}

TEST(Layout, ParagraphsCarryPageBoxConfidenceAndWords) {
    OcrLine l = line(200, 500, {"hai", "từ"});
    l.words[0].confidence = 80;
    l.words[1].confidence = 60;
    const auto ps = lay_out({l}, 2480, 3);
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_EQ(ps[0].page, 3);
    EXPECT_EQ(ps[0].source, vbtrack::TextSource::ocr);
    EXPECT_DOUBLE_EQ(ps[0].confidence, 70);
    ASSERT_TRUE(ps[0].box);
    EXPECT_EQ(ps[0].box->left, 200);
    EXPECT_EQ(ps[0].box->bottom, 540);
    EXPECT_EQ(ps[0].raw_text, "hai từ");
}
