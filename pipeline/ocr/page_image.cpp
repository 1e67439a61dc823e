#include "pipeline/ocr/page_image.hpp"

#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "pipeline/core/errors.hpp"

namespace vbtrack::ocr {
namespace {

struct FileCloser {
    void operator()(FILE* f) const { std::fclose(f); }
};

std::string name_of(const std::filesystem::path& path) { return path.string(); }

void check_size(const std::filesystem::path& path, int number, std::int64_t width, std::int64_t height) {
    if (width <= 0 || height <= 0)
        throw InputError(name_of(path) + ": page " + std::to_string(number) +
                         " has no size; the file is corrupt — rescan or re-export it");
    if (width * height > kMaxPagePixels)
        throw InputError(name_of(path) + ": page " + std::to_string(number) + " is " + std::to_string(width) + " × " +
                         std::to_string(height) + " pixels, more than a scanned page at " +
                         std::to_string(kRenderDpi) + " dpi can be; scale the image down (e.g. to 300 dpi) and import it again");
}

// By the magic number, not by Leptonica's probe: a truncated TIFF is still a TIFF, and says so in its error.
bool is_tiff(const std::filesystem::path& path) {
    char magic[4] = {};
    std::ifstream(path, std::ios::binary).read(magic, sizeof magic);
    const std::string_view m(magic, sizeof magic);
    return m == std::string_view("II*\0", 4) || m == std::string_view("MM\0*", 4);
}

// Leptonica narrates on stderr ("Error in findTiffCompression"); its failures reach us as null results.
void quiet_leptonica() {
    static std::once_flag once;
    std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

// Poppler's gray8 rows are bytes; Leptonica packs bytes into big-endian words.
Pix to_pix(const poppler::image& image) {
    Pix pix(pixCreate(image.width(), image.height(), 8));
    if (!pix) return nullptr;
    const char* rows = image.const_data();
    for (int y = 0; y < image.height(); ++y) {
        const auto* row = reinterpret_cast<const unsigned char*>(rows + static_cast<std::ptrdiff_t>(y) * image.bytes_per_row());
        l_uint32* line = pixGetData(pix.get()) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(pix.get());
        for (int x = 0; x < image.width(); ++x) SET_DATA_BYTE(line, x, row[x]);
    }
    return pix;
}

PageImage render_pdf_page(const std::filesystem::path& path, int number) {
    // Poppler reports recoverable syntax errors on stderr; the verdict is ours to give.
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.string()));
    if (!doc) throw InputError(name_of(path) + ": Poppler cannot open this PDF (corrupt or not a PDF); re-export or rescan it");
    if (doc->is_locked())
        throw InputError(name_of(path) + ": the PDF is encrypted; save an unprotected copy and import that");
    if (number < 1 || number > doc->pages())
        throw InputError(name_of(path) + ": page " + std::to_string(number) + " does not exist");
    std::unique_ptr<poppler::page> page(doc->create_page(number - 1));
    if (!page) throw InputError(name_of(path) + ": page " + std::to_string(number) + " cannot be read; the PDF is corrupt");
    const auto rect = page->page_rect(poppler::media_box);
    check_size(path, number, static_cast<std::int64_t>(rect.width() * kRenderDpi / 72.0),
               static_cast<std::int64_t>(rect.height() * kRenderDpi / 72.0));

    poppler::page_renderer renderer;
    renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
    renderer.set_image_format(poppler::image::format_gray8);
    const poppler::image image = renderer.render_page(page.get(), kRenderDpi, kRenderDpi);
    Pix pix = image.is_valid() ? to_pix(image) : nullptr;
    if (!pix) throw InputError(name_of(path) + ": page " + std::to_string(number) + " cannot be rendered; the PDF is corrupt");
    pixSetResolution(pix.get(), kRenderDpi, kRenderDpi);
    return {std::move(pix), kRenderDpi};
}

// 1-bit pages stay 1-bit (the clean-up has nothing to binarize); all else becomes 8-bit gray.
Pix to_gray(Pix pix) {
    const int depth = pixGetDepth(pix.get());
    if (depth == 1 && !pixGetColormap(pix.get())) return pix;
    if (depth == 32) return Pix(pixConvertRGBToLuminance(pix.get()));
    return Pix(pixConvertTo8(pix.get(), 0));
}

PageImage read_image_page(const std::filesystem::path& path, int number) {
    const auto undecodable = [&] {
        return InputError(name_of(path) + ": page " + std::to_string(number) +
                          " cannot be decoded (truncated or corrupt image); rescan it or export it again");
    };
    l_int32 width = 0, height = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
    Pix pix;
    if (is_tiff(path)) {
        if (readHeaderTiff(path.c_str(), number - 1, &width, &height, &bps, &spp, &res, &cmap, &format)) throw undecodable();
        check_size(path, number, width, height);
        pix.reset(pixReadTiff(path.c_str(), number - 1));
    } else {
        if (number != 1) throw InputError(name_of(path) + ": page " + std::to_string(number) + " does not exist");
        if (pixReadHeader(path.c_str(), &format, &width, &height, &bps, &spp, &cmap)) throw undecodable();
        check_size(path, number, width, height);
        pix.reset(pixRead(path.c_str()));
    }
    if (!pix) throw undecodable();
    const int dpi = pixGetXRes(pix.get());
    pix = to_gray(std::move(pix));
    if (!pix) throw undecodable();
    return {std::move(pix), dpi};
}

}  // namespace

PageImage load_page_image(const std::filesystem::path& path, Format format, int number) {
    quiet_leptonica();
    if (format == Format::pdf) return render_pdf_page(path, number);
    if (format == Format::image) return read_image_page(path, number);
    throw InputError(name_of(path) + ": the ocr stage reads only PDF and image pages, not " + to_string(format));
}

int count_image_pages(const std::filesystem::path& path) {
    quiet_leptonica();
    if (!is_tiff(path)) {
        l_int32 format = 0, width = 0, height = 0, bps = 0, spp = 0, cmap = 0;
        if (pixReadHeader(path.c_str(), &format, &width, &height, &bps, &spp, &cmap))
            throw InputError(name_of(path) + ": not a readable image (PNG, JPEG, TIFF, BMP, GIF); check the file");
        return 1;
    }
    std::unique_ptr<FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    l_int32 pages = 0;
    if (!file || tiffGetCount(file.get(), &pages) || pages < 1)
        throw InputError(name_of(path) + ": the TIFF cannot be read (truncated or corrupt); rescan it");
    return pages;
}

}  // namespace vbtrack::ocr
