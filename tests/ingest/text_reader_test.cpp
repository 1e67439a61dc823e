#include <fstream>

#include <gtest/gtest.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/ingest/text_reader.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

Document read_bytes(const std::string& name, const std::string& bytes) {
    fs::path path = fs::temp_directory_path() / ("vbtrack-test-" + name + ".txt");
    std::ofstream(path, std::ios::binary) << bytes;
    SourceInfo source;
    source.path = path.string();
    source.size = bytes.size();
    source.format = Format::txt;
    return TextReader().read(path, source);
}

TEST(TextReader, Utf8WithBomAndCrlfGivesOneParagraphPerLine) {
    auto doc = read_bytes("utf8", "\xEF\xBB\xBFKế hoạch\r\n\r\nSố 41-KH/HU\r\n");
    ASSERT_EQ(doc.paragraphs.size(), 2u);
    EXPECT_EQ(doc.paragraphs[0].text, "Kế hoạch");
    EXPECT_EQ(doc.paragraphs[1].text, "Số 41-KH/HU");
}

TEST(TextReader, Utf16LittleAndBigEndianWithBom) {
    // "Kế" = U+004B U+1EBF
    auto le = read_bytes("utf16le", std::string("\xFF\xFE\x4B\x00\xBF\x1E", 6));
    auto be = read_bytes("utf16be", std::string("\xFE\xFF\x00\x4B\x1E\xBF", 6));
    EXPECT_EQ(le.text(), "Kế");
    EXPECT_EQ(be.text(), "Kế");
}

TEST(TextReader, LegacyEncodedTextIsDecodedAndTheEncodingRecorded) {
    // VNI Windows code table: a letter, then a mark byte — E1 circumflex+acute (ế, ố),
    // EF dot below (ạ), FB hook above (ả), F9 acute, EA breve (ă); E6 is the single byte for ỉ.
    auto doc = read_bytes("vni", "Ke\xE1 hoa\xEF" "ch so\xE1 41 cu\xFB" "a UBND t\xE6nh\n"
                                 "Ke\xE1 hoa\xEF" "ch tha\xF9ng 5 na\xEAm 2024\n");
    EXPECT_EQ(doc.quality.encoding, "vni");
    ASSERT_EQ(doc.paragraphs.size(), 2u);
    EXPECT_EQ(doc.paragraphs[0].text, "Kế hoạch số 41 của UBND tỉnh");
    EXPECT_EQ(doc.paragraphs[1].text, "Kế hoạch tháng 5 năm 2024");
}

}  // namespace
}  // namespace vbtrack
