#include "pipeline/ocr/cleanup.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "pipeline/core/errors.hpp"

namespace vbtrack::ocr {
namespace {

constexpr int kTargetDpi = 300;
constexpr double kA4ShortSideInches = 8.27;

// A resolution the file states is trusted when plausible; otherwise the page is
// assumed to be A4 (or letter, within 3 %) and its short side tells the dpi.
int effective_dpi(const PIX* pix, int stated_dpi) {
    if (stated_dpi >= 70 && stated_dpi <= 1200) return stated_dpi;
    const int short_side = std::min(pixGetWidth(pix), pixGetHeight(pix));
    return std::clamp(static_cast<int>(std::lround(short_side / kA4ShortSideInches)), 70, 1200);
}

std::string format_degrees(double degrees) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f°", degrees);
    return buffer;
}

Pix checked(PIX* pix, std::string_view step) {
    if (!pix) throw InputError("the page image could not be cleaned (" + std::string(step) + " failed); the scan may be corrupt");
    return Pix(pix);
}

// Low-resolution scans are brought up to 300 dpi: below ~250 dpi Tesseract's
// LSTM misreads the small Vietnamese tone marks.
Pix to_target_resolution(Pix gray, int& dpi, std::string& notes) {
    if (dpi >= 280) return gray;
    const float factor = std::min(4.0f, static_cast<float>(kTargetDpi) / static_cast<float>(dpi));
    notes += std::to_string(dpi) + "→" + std::to_string(static_cast<int>(std::lround(dpi * factor))) + " dpi; ";
    dpi = static_cast<int>(std::lround(dpi * factor));
    return checked(pixScaleGrayLI(gray.get(), factor, factor), "upsampling");
}

// Uneven light (a shadow at the spine, a gradient from the lamp) is divided out
// by a smooth background estimate, then one threshold fits the whole page.
Pix binarize(const Pix& gray) {
    Pix normalized(pixBackgroundNormSimple(gray.get(), nullptr, nullptr));
    if (!normalized) return checked(pixConvertTo1(gray.get(), 160), "thresholding");
    return checked(pixConvertTo1(normalized.get(), 160), "thresholding");
}

// Leptonica's up/left text statistics; a page is turned only on a confident decision.
Pix upright(Pix binary, std::string& notes) {
    l_float32 upconf = 0, leftconf = 0;
    l_int32 rotation = 0;
    Pix turned(pixOrientCorrect(binary.get(), 6.0, 4.0, &upconf, &leftconf, &rotation, 0));
    if (!turned || rotation == 0) return binary;
    notes += "turned " + std::to_string(rotation) + "°; ";
    return turned;
}

Pix deskewed(Pix binary, std::string& notes) {
    l_float32 angle = 0, confidence = 0;
    if (pixFindSkew(binary.get(), &angle, &confidence) != 0 || confidence < 2.5 || std::fabs(angle) < 0.1) return binary;
    Pix rotated(pixRotate(binary.get(), angle * static_cast<float>(M_PI / 180.0), L_ROTATE_SAMPLING, L_BRING_IN_WHITE, 0, 0));
    if (!rotated) return binary;
    notes += "deskewed " + format_degrees(angle) + "; ";
    return rotated;
}

// Dust is smaller than any mark of the script: a tone mark or the dot of ị is
// at least 3 px across at 300 dpi.
Pix despeckled(Pix binary) {
    Pix kept(pixSelectBySize(binary.get(), 3, 3, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, nullptr));
    return kept ? std::move(kept) : std::move(binary);
}

}  // namespace

CleanPage clean_page(PageImage page) {
    CleanPage out;
    out.dpi = effective_dpi(page.pix.get(), page.dpi);
    Pix gray = pixGetDepth(page.pix.get()) == 8 ? std::move(page.pix) : checked(pixConvertTo8(page.pix.get(), 0), "conversion to gray");
    gray = to_target_resolution(std::move(gray), out.dpi, out.notes);
    Pix binary = despeckled(deskewed(upright(binarize(gray), out.notes), out.notes));
    pixSetResolution(binary.get(), out.dpi, out.dpi);
    out.pix = std::move(binary);
    if (!out.notes.empty()) out.notes.resize(out.notes.size() - 2);
    return out;
}

}  // namespace vbtrack::ocr
