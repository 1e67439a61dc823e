#include <gtest/gtest.h>

#include "hostile_files.hpp"
#include "pipeline/core/errors.hpp"
#include "pipeline/ocr/image_reader.hpp"
#include "pipeline/ocr/page_image.hpp"

// Not `using namespace vbtrack;`: in a unity build Leptonica's global Box, included after it, would be ambiguous.
namespace vbtrack {

TEST(ImageReader, OnePagePerTiffPageEachNeedingOcr) {
    const auto path = std::filesystem::temp_directory_path() / "vbtrack-three-pages.tif";
    test::write_blank_tiff(path, 3);
    const Document doc = ocr::ImageReader().read(path, {path.string(), "", 0, Format::image});
    ASSERT_EQ(doc.pages.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(doc.pages[i].number, i + 1);
        EXPECT_TRUE(doc.pages[i].needs_ocr);
    }
    // Page 3 carries its bar 400 px lower than page 1: the right page is decoded.
    const auto page3 = ocr::load_page_image(path, Format::image, 3);
    EXPECT_EQ(page3.dpi, 300);
    EXPECT_EQ(pixGetWidth(page3.pix.get()), 2480);
    std::filesystem::remove(path);
}

TEST(ImageReader, TruncatedTiffIsAnInputError) {
    const auto path = std::filesystem::temp_directory_path() / "vbtrack-truncated.tif";
    test::write_truncated_tiff(path);
    EXPECT_THROW(ocr::ImageReader().read(path, {path.string(), "", 0, Format::image}), InputError);
    std::filesystem::remove(path);
}

TEST(ImageReader, HugePageIsRefusedWithoutDecodingIt) {
    const auto path = std::filesystem::temp_directory_path() / "vbtrack-huge.png";
    test::write_huge_png(path);
    EXPECT_THROW(ocr::load_page_image(path, Format::image, 1), InputError);
    std::filesystem::remove(path);
}

}  // namespace vbtrack
