#include <fstream>

#include <gtest/gtest.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/ingest/pdf_reader.hpp"
#include "test_paths.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

Document read_pdf(const fs::path& path) {
    SourceInfo source;
    source.path = path.string();
    source.format = Format::pdf;
    return PdfReader().read(path, source);
}

const fs::path kSample = test::samples_dir() / "kh01-vpub-sonla-2023";

TEST(PdfReader, TextPdfHeaderComesOutInColumnOrder) {
    auto doc = read_pdf(kSample / "kh01-vpub-sonla-2023.text.pdf");
    ASSERT_GE(doc.paragraphs.size(), 6u);
    // Left cell (issuer, number), then right cell (motto, place and date), as printed in gold.txt.
    EXPECT_EQ(doc.paragraphs[0].text, "UBND TỈNH SƠN LA");
    EXPECT_EQ(doc.paragraphs[1].text, "VĂN PHÒNG");
    EXPECT_EQ(doc.paragraphs[2].text, "Số: 01/KH-VPUB");
    EXPECT_EQ(doc.paragraphs[3].text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    EXPECT_EQ(doc.paragraphs[5].text, "Sơn La, ngày 04 tháng 01 năm 2023");
    for (const auto& page : doc.pages) EXPECT_FALSE(page.needs_ocr);
}

TEST(PdfReader, ScannedPdfPagesAreMarkedForOcr) {
    auto doc = read_pdf(kSample / "kh01-vpub-sonla-2023.scan-medium.pdf");
    ASSERT_FALSE(doc.pages.empty());
    for (const auto& page : doc.pages) EXPECT_TRUE(page.needs_ocr) << page.number;
    EXPECT_TRUE(doc.paragraphs.empty());
}

TEST(PdfReader, TruncatedPdfIsAnInputError) {
    std::ifstream in(kSample / "kh01-vpub-sonla-2023.text.pdf", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    fs::path cut = fs::temp_directory_path() / "vbtrack-test-truncated.pdf";
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, 600);
    EXPECT_THROW(read_pdf(cut), InputError);
}

}  // namespace
}  // namespace vbtrack
