// Word files typed in legacy fonts, built here from the gold texts, must come
// out as the gold text through the docx reader and the normalize stage.
#include <gtest/gtest.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "legacy_encoders.hpp"
#include "normalizers/legacy_fonts.hpp"
#include "normalizers/normalize.hpp"
#include "pipeline/ingest/docx_reader.hpp"
#include "docx_writer.hpp"
#include "test_paths.hpp"

namespace vbtrack {
namespace {

struct Run {
    std::string font;
    std::string text;  // UTF-8, as Word stores it
};
using Paragraphs = std::vector<std::vector<Run>>;

std::string body_xml(const Paragraphs& paragraphs) {
    std::string xml;
    for (const auto& runs : paragraphs) {
        xml += "<w:p>";
        for (const Run& run : runs) {
            xml += R"(<w:r><w:rPr><w:rFonts w:ascii=")" + run.font + R"(" w:hAnsi=")" + run.font + R"("/></w:rPr><w:t xml:space="preserve">)" +
                   test::xml_escaped(run.text) + "</w:t></w:r>";
        }
        xml += "</w:p>";
    }
    return xml;
}

std::vector<std::u32string> lines_of(const std::string& text) {
    std::vector<std::u32string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        std::u32string code_points;
        const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(line);
        for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) code_points += static_cast<char32_t>(unicode.char32At(i));
        lines.push_back(code_points);
    }
    return lines;
}

std::string utf8_of(char32_t c) {
    std::string out;
    icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(out);
    return out;
}

// How a typist wrote TCVN3 in Word: .VnTime for text, .VnTimeH for capitals
// with tone marks (typed as their lowercase bytes), a Unicode font for what
// the ABC fonts lack (²); Word's curly quotes stay in the .VnTime run.
std::vector<Run> tcvn3_runs(const std::u32string& line) {
    std::vector<Run> runs;
    auto add = [&runs](const std::string& font, const std::string& text) {
        if (runs.empty() || runs.back().font != font) runs.push_back({font, ""});
        runs.back().text += text;
    };
    for (char32_t c : line) {
        const std::string current = runs.empty() ? ".VnTime" : runs.back().font;
        if (test::needs_capital_font(c)) {
            add(".VnTimeH", test::as_windows1252_text(std::string(1, static_cast<char>(test::tcvn3_vn3_byte(c)))));
        } else if (c == U'“' || c == U'”') {
            add(".VnTime", utf8_of(c));
        } else if (c == U'²') {
            add("Times New Roman", utf8_of(c));
        } else if ((c >= U'a' && c <= U'z') || c > 0x7F) {
            add(".VnTime", test::as_windows1252_text(std::string(1, static_cast<char>(test::tcvn3_vn3_byte(c)))));
        } else {  // capitals A–Z, digits, spaces, punctuation: the same in every font
            add(current == "Times New Roman" ? ".VnTime" : current, std::string(1, static_cast<char>(c)));
        }
    }
    return runs;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Document read_and_normalize(const std::filesystem::path& path) {
    SourceInfo source;
    source.path = path.string();
    source.format = Format::docx;
    Document document = DocxReader().read(path, source);
    make_text_normalizer()->normalize(document);
    return document;
}

std::string paragraph_texts(const Document& document) {
    std::string text;
    for (const Paragraph& paragraph : document.paragraphs) text += paragraph.text + "\n";
    return text;
}

class LegacyDocx : public ::testing::Test {
protected:
    std::filesystem::path file = std::filesystem::temp_directory_path() / ("vbtrack-legacy-" + std::to_string(::getpid()) + ".docx");
    void TearDown() override { std::filesystem::remove(file); }
};

TEST_F(LegacyDocx, Tcvn3FontsComeOutAsTheGoldText) {
    VBTRACK_REQUIRE_SHARED(shared);
    for (const auto& entry : std::filesystem::directory_iterator(shared / "eval" / "docs")) {
        const std::string gold = read_file(entry.path() / "gold.txt");
        Paragraphs paragraphs;
        for (const auto& line : lines_of(gold)) paragraphs.push_back(tcvn3_runs(line));
        test::write_docx(file, body_xml(paragraphs));
        const Document document = read_and_normalize(file);
        EXPECT_EQ(paragraph_texts(document), gold) << entry.path();
        EXPECT_EQ(document.quality.encoding, "tcvn3");
    }
}

TEST_F(LegacyDocx, VniFontComesOutAsTheGoldText) {
    VBTRACK_REQUIRE_SHARED(shared);
    for (const auto& entry : std::filesystem::directory_iterator(shared / "eval" / "docs")) {
        const std::string gold = read_file(entry.path() / "gold.txt");
        Paragraphs paragraphs;
        std::istringstream in(gold);
        for (std::string line; std::getline(in, line);) paragraphs.push_back({{"VNI-Times", test::as_windows1252_text(test::encode_vni(line))}});
        test::write_docx(file, body_xml(paragraphs));
        const Document document = read_and_normalize(file);
        EXPECT_EQ(paragraph_texts(document), gold) << entry.path();
        EXPECT_EQ(document.quality.encoding, "vni");
    }
}

TEST_F(LegacyDocx, UnicodeFontsAreLeftAsTheyAre) {
    test::write_docx(file, body_xml({{{"Times New Roman", "Kế hoạch số 01/KH-VPUB"}}, {{"Arial", "Ủy ban nhân dân tỉnh Sơn La"}}}));
    const Document document = read_and_normalize(file);
    EXPECT_EQ(paragraph_texts(document), "Kế hoạch số 01/KH-VPUB\nỦy ban nhân dân tỉnh Sơn La\n");
    EXPECT_EQ(document.quality.encoding, "");
}

TEST(LegacyFonts, FontNamesSayTheEncoding) {
    EXPECT_EQ(font_encoding(".VnTime")->encoding, LegacyEncoding::tcvn3);
    EXPECT_FALSE(font_encoding(".VnTime")->capitals_only);
    EXPECT_TRUE(font_encoding(".VnTimeH")->capitals_only);
    EXPECT_TRUE(font_encoding(".VnArial NarrowH")->capitals_only);
    EXPECT_EQ(font_encoding("VNI-Times")->encoding, LegacyEncoding::vni);
    EXPECT_EQ(font_encoding("VNI-Helve")->encoding, LegacyEncoding::vni);
    EXPECT_FALSE(font_encoding("Times New Roman").has_value());
    EXPECT_FALSE(font_encoding("").has_value());
}

TEST(LegacyFonts, CapitalFontRunsAreUppercase) {
    // 0xD5 ế and 0xB9 ạ typed in .VnTimeH show as capitals.
    EXPECT_EQ(decode_run("kÕ ho¹ch", {LegacyEncoding::tcvn3, true}), "KẾ HOẠCH");
    EXPECT_EQ(decode_run("kÕ ho¹ch", {LegacyEncoding::tcvn3, false}), "kế hoạch");
}

// A PDF text layer made from a .VnTime document has no font to go by: the
// normalize stage recognizes the paragraphs by their syllables.
TEST(LegacyParagraphs, MisreadTcvn3WithoutFontsIsDecoded) {
    Document document;
    for (const char* line : {"KÕ ho¹ch thùc hiÖn c«ng t¸c ®èi tho¹i n¨m 2023", "Sè: 01/KH-VPUB", "C¨n cø v¨n b¶n sè 45/UBND-VP ngµy 09/7/2021",
                             "Tây Ninh"}) {
        Paragraph paragraph;
        paragraph.raw_text = paragraph.text = line;
        document.paragraphs.push_back(paragraph);
    }
    make_text_normalizer()->normalize(document);
    EXPECT_EQ(paragraph_texts(document),
              "Kế hoạch thực hiện công tác đối thoại năm 2023\nSố: 01/KH-VPUB\nCăn cứ văn bản số 45/UBND-VP ngày 09/7/2021\n"
              "Tây Ninh\n");  // a Unicode line among them reads worse decoded and stays
    EXPECT_EQ(document.quality.encoding, "tcvn3");
    EXPECT_EQ(document.paragraphs[0].raw_text, "KÕ ho¹ch thùc hiÖn c«ng t¸c ®èi tho¹i n¨m 2023");  // raw text is kept
}

}  // namespace
}  // namespace vbtrack
