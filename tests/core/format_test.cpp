#include <fstream>

#include <gtest/gtest.h>

#include "pipeline/core/format.hpp"
#include "test_paths.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

fs::path write(const std::string& name, const std::string& bytes) {
    fs::path p = fs::temp_directory_path() / ("vbtrack-format-" + name);
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
}

TEST(DetectFormat, SamplesByContent) {
    const fs::path dir = test::samples_dir() / "kh01-vpub-sonla-2023";
    EXPECT_EQ(detect_format(dir / "kh01-vpub-sonla-2023.docx"), Format::docx);
    EXPECT_EQ(detect_format(dir / "kh01-vpub-sonla-2023.text.pdf"), Format::pdf);
    EXPECT_EQ(detect_format(dir / "kh01-vpub-sonla-2023.scan-clean.tif"), Format::image);
    EXPECT_EQ(detect_format(dir / "kh01-vpub-sonla-2023.page1-medium.jpg"), Format::image);
    EXPECT_EQ(detect_format(dir / "gold.txt"), Format::txt);
}

TEST(DetectFormat, NameDoesNotDecide) {
    EXPECT_EQ(detect_format(write("text-named.pdf", "Kế hoạch số 1\n")), Format::txt);
    EXPECT_EQ(detect_format(write("png-named.docx", "\x89PNG\r\n\x1A\n rest")), Format::image);
    EXPECT_EQ(detect_format(write("ole.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "x")), Format::doc);
    EXPECT_EQ(detect_format(write("binary.bin", std::string("\x00\x01\x02\x03\x04", 5))), Format::unknown);
}

}  // namespace
}  // namespace vbtrack
