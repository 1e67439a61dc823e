#include <fstream>

#include <gtest/gtest.h>
#include <zip.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/ingest/docx_reader.hpp"
#include "docx_writer.hpp"
#include "test_paths.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

// A .docx with the given <w:body> content (and optional styles) in the temporary folder.
fs::path make_docx(const std::string& name, const std::string& body_xml, const std::string& styles_xml = "") {
    fs::path path = fs::temp_directory_path() / ("vbtrack-test-" + name + ".docx");
    test::write_docx(path, body_xml, styles_xml);
    return path;
}

std::string para(const std::string& text, const std::string& rpr = "") { return test::docx_paragraph(text, rpr); }

Document read_docx(const fs::path& path) {
    SourceInfo source;
    source.path = path.string();
    source.format = Format::docx;
    return DocxReader().read(path, source);
}

TEST(DocxReader, HeaderTableIsReadLeftCellThenRightCell) {
    std::string table = "<w:tbl><w:tr><w:tc>" + para("UBND TỈNH A") + para("Số: 01/KH-UBND") + "</w:tc><w:tc>" +
                        para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + para("A, ngày 04 tháng 01 năm 2023") +
                        "</w:tc></w:tr></w:tbl>";
    auto doc = read_docx(make_docx("table", table + para("KẾ HOẠCH")));
    ASSERT_EQ(doc.paragraphs.size(), 5u);
    EXPECT_EQ(doc.paragraphs[0].text, "UBND TỈNH A");
    EXPECT_EQ(doc.paragraphs[1].text, "Số: 01/KH-UBND");
    EXPECT_EQ(doc.paragraphs[2].text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    EXPECT_EQ(doc.paragraphs[4].text, "KẾ HOẠCH");
    ASSERT_TRUE(doc.paragraphs[2].cell);
    EXPECT_EQ(doc.paragraphs[2].cell->column, 1);
    EXPECT_FALSE(doc.paragraphs[4].cell);
}

TEST(DocxReader, KeepsFontFromRunOrStyleAndBold) {
    std::string styles = R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
        <w:style w:styleId="Legacy"><w:rPr><w:rFonts w:ascii=".VnTime"/><w:b/></w:rPr></w:style>)";
    std::string body = R"(<w:p><w:pPr><w:pStyle w:val="Legacy"/></w:pPr><w:r><w:t>KÕ ho¹ch</w:t></w:r></w:p>)" +
                       para("plain") + para("direct", R"(<w:rFonts w:ascii="VNI-Times"/><w:b w:val="0"/>)");
    auto doc = read_docx(make_docx("fonts", body, styles));
    ASSERT_EQ(doc.paragraphs.size(), 3u);
    EXPECT_EQ(doc.paragraphs[0].runs.at(0).font, ".VnTime");
    EXPECT_TRUE(doc.paragraphs[0].bold);
    EXPECT_EQ(doc.paragraphs[1].runs.at(0).font, "Times New Roman");
    EXPECT_EQ(doc.paragraphs[2].runs.at(0).font, "VNI-Times");
    EXPECT_FALSE(doc.paragraphs[2].bold);
}

TEST(DocxReader, SkipsDeletedAndHiddenTextAndSplitsLineBreaks) {
    std::string body = R"(<w:p><w:r><w:t>kept</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:ins><w:r><w:t xml:space="preserve"> inserted</w:t></w:r></w:ins>
        <w:r><w:br/><w:t>second line</w:t></w:r></w:p>)";
    auto doc = read_docx(make_docx("revisions", body));
    ASSERT_EQ(doc.paragraphs.size(), 2u);
    EXPECT_EQ(doc.paragraphs[0].text, "kept inserted");
    EXPECT_EQ(doc.paragraphs[1].text, "second line");
}

TEST(DocxReader, TextBoxContentIsReadOnceFromAlternateContent) {
    std::string box = R"(<w:txbxContent>)" + para("in the box") + "</w:txbxContent>";
    std::string body = R"(<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
        <mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x">)" + box + R"(</wps:txbx></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><v:textbox xmlns:v="y">)" + box + R"(</v:textbox></w:pict></mc:Fallback>
        </mc:AlternateContent></w:r><w:r><w:t>anchor</w:t></w:r></w:p>)";
    auto doc = read_docx(make_docx("textbox", body));
    ASSERT_EQ(doc.paragraphs.size(), 2u);
    EXPECT_EQ(doc.paragraphs[0].text, "anchor");
    EXPECT_EQ(doc.paragraphs[1].text, "in the box");
}

TEST(DocxReader, ExplicitPageBreaksCountPages) {
    auto doc = read_docx(make_docx("pages", para("one") + R"(<w:p><w:r><w:br w:type="page"/><w:t>two</w:t></w:r></w:p>)"));
    ASSERT_EQ(doc.pages.size(), 2u);
    EXPECT_EQ(doc.paragraphs.back().page, 2);
}

TEST(DocxReader, NotAZipIsAnInputErrorThatSaysWhatToDo) {
    fs::path path = fs::temp_directory_path() / "vbtrack-test-notzip.docx";
    std::ofstream(path) << "this is not a zip";
    try {
        read_docx(path);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("save it again"), std::string::npos) << e.what();
    }
}

TEST(DocxReader, ZipWithoutDocumentPartIsRejected) {
    fs::path path = fs::temp_directory_path() / "vbtrack-test-nodoc.docx";
    fs::remove(path);
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE, &error);
    static const char text[] = "hello";
    zip_file_add(zip, "readme.txt", zip_source_buffer(zip, text, 5, 0), 0);
    zip_close(zip);
    EXPECT_THROW(read_docx(path), InputError);
}

TEST(DocxReader, SampleDocxMatchesGoldTextExactly) {
    for (const auto& entry : fs::directory_iterator(test::samples_dir())) {
        fs::path docx = entry.path() / (entry.path().filename().string() + ".docx");
        if (!fs::exists(docx)) continue;
        std::ifstream gold_in(entry.path() / "gold.txt");
        std::string gold((std::istreambuf_iterator<char>(gold_in)), {});
        while (!gold.empty() && gold.back() == '\n') gold.pop_back();
        EXPECT_EQ(read_docx(docx).text(), gold) << docx;
    }
}

}  // namespace
}  // namespace vbtrack
