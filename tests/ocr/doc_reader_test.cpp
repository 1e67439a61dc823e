// tests/ocr/data/header_table.doc: made with LibreOffice (Word 97 format) from
// header_table.html beside it — a notice of our own with a two-column header
// table and a two-column signature table.
#include <fstream>

#include <gtest/gtest.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/ocr/doc_reader.hpp"
#include "test_paths.hpp"

// Not `using namespace vbtrack;`: in a unity build Leptonica's global Box, included after it, would be ambiguous.
namespace vbtrack {

namespace {
std::filesystem::path data() { return test::source_dir() / "tests" / "ocr" / "data"; }
}  // namespace

TEST(DocReader, ReadsTablesCellByCellInReadingOrder) {
    const auto path = data() / "header_table.doc";
    const Document doc = ocr::DocReader().read(path, {path.string(), "", 0, Format::doc});
    std::vector<std::string> texts;
    for (const auto& p : doc.paragraphs) texts.push_back(p.text);
    EXPECT_EQ(texts, (std::vector<std::string>{
                         "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "Số: 17/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 12 tháng 3 năm 2025", "THÔNG BÁO",
                         "Về việc lịch tiếp công dân quý II năm 2025",
                         "Chủ tịch Ủy ban nhân dân xã tiếp công dân vào thứ Năm hằng tuần tại trụ sở.", "Nơi nhận:",
                         "- Các thôn, bản;", "- Lưu: VT.", "CHỦ TỊCH", "Lò Văn Khánh"}));
    ASSERT_EQ(doc.pages.size(), 1u);
    EXPECT_EQ(doc.pages[0].source, TextSource::text_layer);
    EXPECT_FALSE(doc.pages[0].needs_ocr);
}

TEST(DocReader, ACorruptFileIsAnInputError) {
    const auto path = std::filesystem::temp_directory_path() / "vbtrack-corrupt.doc";
    {
        std::ofstream out(path, std::ios::binary);
        out << std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << std::string(600, '\x7F');
    }
    EXPECT_THROW(ocr::DocReader().read(path, {path.string(), "", 0, Format::doc}), InputError);
    std::filesystem::remove(path);
}

}  // namespace vbtrack
