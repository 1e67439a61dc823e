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

// Uneven light (a shadow at the spine, a lamp's gradient, faded toner) is
// divided out by a smooth background estimate; the page is then stretched so
// that paper is white and ink is black everywhere.
Pix evened(const Pix& gray) {
    Pix normalized(pixBackgroundNormSimple(gray.get(), nullptr, nullptr));
    if (!normalized) return Pix(pixCopy(nullptr, gray.get()));
    return checked(pixGammaTRC(nullptr, normalized.get(), 1.0, 60, 190), "contrast stretch");
}

// Orientation, skew and speckle are measured on a bilevel copy but applied to
// the gray page: Tesseract's LSTM reads gray, and a threshold blurs the small
// difference between the hook (ổ) and the acute (ố) above a vowel.
struct Pages {
    Pix gray, binary;
};

void turn_upright(Pages& page, std::string& notes) {
    l_float32 upconf = 0, leftconf = 0;
    l_int32 orientation = L_TEXT_ORIENT_UNKNOWN;
    if (pixOrientDetect(page.binary.get(), &upconf, &leftconf, 0, 0) != 0 ||
        makeOrientDecision(upconf, leftconf, 6.0, 4.0, &orientation, 0) != 0)
        return;
    const auto turn = [&](PIX* (*rotate)(PIX*, l_int32), l_int32 direction, const char* what) {
        page.gray.reset(rotate(page.gray.get(), direction));
        page.binary.reset(rotate(page.binary.get(), direction));
        notes += std::string("turned ") + what + "; ";
    };
    if (orientation == L_TEXT_ORIENT_LEFT) turn(pixRotate90, 1, "90°");
    else if (orientation == L_TEXT_ORIENT_RIGHT) turn(pixRotate90, -1, "270°");
    else if (orientation == L_TEXT_ORIENT_DOWN) turn([](PIX* p, l_int32) { return pixRotate180(nullptr, p); }, 0, "180°");
    if (!page.gray || !page.binary) throw InputError("the page image could not be turned upright; the scan may be corrupt");
}

void deskew(Pages& page, std::string& notes) {
    l_float32 angle = 0, confidence = 0;
    if (pixFindSkew(page.binary.get(), &angle, &confidence) != 0 || confidence < 2.5 || std::fabs(angle) < 0.1) return;
    const float radians = angle * static_cast<float>(M_PI / 180.0);
    Pix gray(pixRotate(page.gray.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    Pix binary(pixRotate(page.binary.get(), radians, L_ROTATE_SAMPLING, L_BRING_IN_WHITE, 0, 0));
    if (!gray || !binary) return;
    page.gray = std::move(gray);
    page.binary = std::move(binary);
    notes += "deskewed " + format_degrees(angle) + "; ";
}

// Dust is told from the marks of the script by its isolation, not its size:
// the dot of ị or the hook of ổ sits within a few pixels of its letter, a speck
// of dust stands alone. Ink that stays a small blob after growing every blob
// by 5 px on each side is dust; it is painted white on the gray page.
void despeckle(Pages& page) {
    // Faint specks count too: anything visibly darker than paper.
    Pix ink(pixConvertTo1(page.gray.get(), 200));
    if (!ink) return;
    Pix grown(pixDilateBrick(nullptr, ink.get(), 11, 11));
    if (!grown) return;
    Pix lonely(pixSelectBySize(grown.get(), 21, 21, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LT, nullptr));
    if (!lonely) return;
    Pix specks(pixAnd(nullptr, ink.get(), lonely.get()));
    if (specks) pixSetMasked(page.gray.get(), specks.get(), 255);
}

}  // namespace

CleanPage clean_page(PageImage image) {
    CleanPage out;
    out.dpi = effective_dpi(image.pix.get(), image.dpi);
    Pix gray = pixGetDepth(image.pix.get()) == 8 ? std::move(image.pix) : checked(pixConvertTo8(image.pix.get(), 0), "conversion to gray");
    gray = evened(to_target_resolution(std::move(gray), out.dpi, out.notes));
    Pages page{std::move(gray), nullptr};
    page.binary = checked(pixConvertTo1(page.gray.get(), 128), "thresholding");
    turn_upright(page, out.notes);
    deskew(page, out.notes);
    despeckle(page);
    pixSetResolution(page.gray.get(), out.dpi, out.dpi);
    out.pix = std::move(page.gray);
    if (!out.notes.empty()) out.notes.resize(out.notes.size() - 2);
    return out;
}

}  // namespace vbtrack::ocr
