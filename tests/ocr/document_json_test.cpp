#include <gtest/gtest.h>

#include "pipeline/ocr/document_json.hpp"

// Not `using namespace vbtrack;`: in a unity build Leptonica's global Box, included after it, would be ambiguous.
namespace vbtrack {

TEST(DocumentJson, EveryFieldSurvivesTheRoundTrip) {
    Document d;
    d.source = {"/a/b.pdf", "ab12", 4242, Format::pdf};
    Page page;
    page.number = 2;
    page.source = TextSource::ocr;
    page.needs_ocr = true;
    page.ocr_decision = "text layer: 3 syllables";
    page.ocr_confidence = 81.5;
    d.pages.push_back(page);
    Paragraph p;
    p.runs.push_back({"Tiếng", ".VnTime", true, false});
    p.raw_text = "Tiếng Việt";
    p.text = "Tiếng Việt!";
    p.page = 2;
    p.align = Align::right;
    p.bold = true;
    p.italic = true;
    p.cell = CellPosition{1, 2, 3};
    p.box = vbtrack::Box{4, 5, 6, 7};
    p.source = TextSource::mixed;
    p.confidence = 77.25;
    p.words.push_back({"Tiếng", vbtrack::Box{1, 2, 3, 4}, 91.5});
    d.paragraphs.push_back(p);
    d.paragraphs.push_back(Paragraph{});
    d.quality = {55.5, 3, 4, "tcvn3"};

    const Document r = ocr::document_from_json(nlohmann::json::parse(ocr::document_to_json(d).dump()));
    EXPECT_EQ(r.source.path, "/a/b.pdf");
    EXPECT_EQ(r.source.sha256, "ab12");
    EXPECT_EQ(r.source.size, 4242u);
    EXPECT_EQ(r.source.format, Format::pdf);
    ASSERT_EQ(r.pages.size(), 1u);
    EXPECT_EQ(r.pages[0].number, 2);
    EXPECT_EQ(r.pages[0].source, TextSource::ocr);
    EXPECT_TRUE(r.pages[0].needs_ocr);
    EXPECT_EQ(r.pages[0].ocr_decision, "text layer: 3 syllables");
    EXPECT_DOUBLE_EQ(r.pages[0].ocr_confidence, 81.5);
    ASSERT_EQ(r.paragraphs.size(), 2u);
    const Paragraph& q = r.paragraphs[0];
    ASSERT_EQ(q.runs.size(), 1u);
    EXPECT_EQ(q.runs[0].text, "Tiếng");
    EXPECT_EQ(q.runs[0].font, ".VnTime");
    EXPECT_TRUE(q.runs[0].bold);
    EXPECT_FALSE(q.runs[0].italic);
    EXPECT_EQ(q.raw_text, "Tiếng Việt");
    EXPECT_EQ(q.text, "Tiếng Việt!");
    EXPECT_EQ(q.page, 2);
    EXPECT_EQ(q.align, Align::right);
    EXPECT_TRUE(q.bold);
    EXPECT_TRUE(q.italic);
    ASSERT_TRUE(q.cell);
    EXPECT_EQ(q.cell->table, 1);
    EXPECT_EQ(q.cell->row, 2);
    EXPECT_EQ(q.cell->column, 3);
    ASSERT_TRUE(q.box);
    EXPECT_EQ(q.box->left, 4);
    EXPECT_EQ(q.box->bottom, 7);
    EXPECT_EQ(q.source, TextSource::mixed);
    EXPECT_DOUBLE_EQ(q.confidence, 77.25);
    ASSERT_EQ(q.words.size(), 1u);
    EXPECT_EQ(q.words[0].text, "Tiếng");
    EXPECT_EQ(q.words[0].box.right, 3);
    EXPECT_DOUBLE_EQ(q.words[0].confidence, 91.5);
    EXPECT_FALSE(r.paragraphs[1].cell);
    EXPECT_FALSE(r.paragraphs[1].box);
    EXPECT_DOUBLE_EQ(r.quality.ocr_confidence, 55.5);
    EXPECT_EQ(r.quality.repaired_syllables, 3);
    EXPECT_EQ(r.quality.unknown_syllables, 4);
    EXPECT_EQ(r.quality.encoding, "tcvn3");
}

}  // namespace vbtrack
