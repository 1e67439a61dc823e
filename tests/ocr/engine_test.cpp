// tests/ocr/data/footer_rows_merged.png: the top of page 2 of the medium scan
// that bench/heldout/make_inputs.sh renders from set 3's cv215 (a police
// công văn), after clean_page() (gray, 300 dpi). Its footer's recipients are set
// in small type with tight leading beside the signer's larger capitals, and
// Tesseract's line finder takes "- Như trên;" and the item below it, beside
// "TRƯỞNG PHÒNG", for one line ("“ ĐỨc Giám đốc (để b/c); TRƯƠNG").
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "pipeline/ocr/engine.hpp"
#include "test_paths.hpp"

// Not `using namespace vbtrack;`: in a unity build Leptonica's global Box would be ambiguous.
namespace vbtrack {
namespace {

std::vector<std::string> line_texts(const std::vector<ocr::OcrLine>& lines) {
    std::vector<std::string> out;
    for (const auto& line : lines) {
        std::string text;
        for (const auto& word : line.words) text += (text.empty() ? "" : " ") + word.text;
        out.push_back(text);
    }
    return out;
}

bool has_line_starting(const std::vector<std::string>& lines, const std::string& start) {
    for (const auto& line : lines)
        if (line.starts_with(start)) return true;
    return false;
}

TEST(OcrEngine, ReadsTwoRowsTesseractTookForOneLine) {
    const auto path = test::source_dir() / "tests" / "ocr" / "data" / "footer_rows_merged.png";
    ocr::Pix page(pixRead(path.c_str()));
    ASSERT_TRUE(page) << path;
    ocr::OcrEngine engine("vie");
    const auto lines = line_texts(engine.recognize(page.get(), 300));
    std::string all;
    for (const auto& line : lines) all += line + "\n";
    EXPECT_TRUE(has_line_starting(lines, "- Như trên;")) << all;
    EXPECT_TRUE(has_line_starting(lines, "- Đ/c Giám đốc (để b/c);")) << all;
    EXPECT_TRUE(has_line_starting(lines, "- Các đ/c Phó Giám đốc;")) << all;
    // The rows around the merged one are read once each.
    int items = 0;
    for (const auto& line : lines) items += line.starts_with("- ");
    EXPECT_EQ(items, 6) << all;
}

}  // namespace
}  // namespace vbtrack
