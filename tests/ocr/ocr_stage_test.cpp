// The ocr stage on real scans from ../shared/eval (one page each, to keep CI
// short): the header must come out left column, then right column, as the
// document's spec.json lays it out, and the words must carry boxes and
// confidences.
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pipeline/core/format.hpp"
#include "pipeline/ocr/image_reader.hpp"
#include "pipeline/ocr/ocr_stage.hpp"
#include "test_paths.hpp"

// Not `using namespace vbtrack;`: in a unity build Leptonica's global Box, included after it, would be ambiguous.
namespace vbtrack {

namespace {

std::u32string code_points(const std::string& s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
        for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += cp;
        i += n;
    }
    return out;
}

// Character error rate of `hyp` against `ref`.
double cer(const std::string& hyp, const std::string& ref) {
    const auto a = code_points(hyp), b = code_points(ref);
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return static_cast<double>(row[b.size()]) / static_cast<double>(std::max<std::size_t>(1, b.size()));
}

// The header lines in reading order: left cell (issuer, number), then right cell (motto, place and date).
std::string expected_header(const std::filesystem::path& spec_path) {
    std::ifstream in(spec_path);
    const auto header = nlohmann::json::parse(in).at("header");
    std::string out;
    const auto add = [&](const std::string& line) { out += (out.empty() ? "" : " ") + line; };
    for (const auto& line : header.at("left_lines")) add(line.get<std::string>());
    add(header.at("number_line").get<std::string>());
    for (const auto& line : header.at("right_lines")) add(line.get<std::string>());
    add(header.at("place_date_line").get<std::string>());
    return out;
}

// OCRs page 1 of `scan` and returns the document.
Document ocr_first_page(const std::filesystem::path& scan) {
    const SourceInfo source{scan.string(), "", 0, detect_format(scan)};
    Document doc = ocr::ImageReader().read(scan, source);
    doc.pages.resize(1);
    ocr::OcrStage(ocr::OcrOptions{ocr::OcrMode::automatic, 2, "vie", {}}).recognize(doc);
    return doc;
}

void expect_header_in_reading_order(const Document& doc, const std::filesystem::path& spec) {
    const std::string want = expected_header(spec);
    const std::size_t want_chars = code_points(want).size();
    // The header is the first paragraphs; take as many characters as it has.
    std::string got;
    for (const auto& p : doc.paragraphs) {
        if (code_points(got).size() >= want_chars) break;
        got += (got.empty() ? "" : " ") + p.text;
    }
    EXPECT_LT(cer(got, want), 0.05) << "got:  " << got << "\nwant: " << want;
}

void expect_evidence(const Document& doc) {
    ASSERT_FALSE(doc.paragraphs.empty());
    EXPECT_EQ(doc.pages[0].source, TextSource::ocr);
    EXPECT_GT(doc.pages[0].ocr_confidence, 70);
    EXPECT_GT(doc.quality.ocr_confidence, 70);
    for (const auto& p : doc.paragraphs) {
        EXPECT_EQ(p.source, TextSource::ocr);
        EXPECT_EQ(p.page, 1);
        ASSERT_TRUE(p.box);
        ASSERT_FALSE(p.words.empty());
        for (const auto& w : p.words) {
            EXPECT_GE(w.box.left, p.box->left);
            EXPECT_LE(w.box.right, p.box->right);
            EXPECT_GE(w.confidence, 0);
            EXPECT_LE(w.confidence, 100);
        }
    }
}

}  // namespace

TEST(OcrStage, CleanTiffPageReadsHeaderColumnsInOrder) {
    VBTRACK_REQUIRE_SHARED(shared);
    const auto dir = shared / "eval" / "docs" / "kh01-vpub-sonla-2023";
    const Document doc = ocr_first_page(dir / "kh01-vpub-sonla-2023.scan-clean.tif");
    expect_header_in_reading_order(doc, dir / "spec.json");
    expect_evidence(doc);
}

TEST(OcrStage, MediumJpegPageReadsHeaderColumnsInOrderAndTheBodyClosely) {
    VBTRACK_REQUIRE_SHARED(shared);
    const auto dir = shared / "eval" / "docs" / "qd1234-ubnd-nghean-2024";
    const Document doc = ocr_first_page(dir / "qd1234-ubnd-nghean-2024.page1-medium.jpg");
    expect_header_in_reading_order(doc, dir / "spec.json");
    expect_evidence(doc);
    // The page is the start of gold.txt: compare with as many gold characters as the page has.
    std::ifstream in(dir / "gold.txt");
    std::string gold((std::istreambuf_iterator<char>(in)), {}), page;
    for (char& c : gold) c = c == '\n' ? ' ' : c;
    for (const auto& p : doc.paragraphs) page += (page.empty() ? "" : " ") + p.text;
    const auto page_chars = code_points(page).size();
    std::string gold_prefix;
    for (std::size_t i = 0, n = 0; i < gold.size() && n < page_chars; ++n) {
        const auto c = static_cast<unsigned char>(gold[i]);
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        gold_prefix += gold.substr(i, len);
        i += len;
    }
    EXPECT_LT(cer(page, gold_prefix), 0.03);
}

TEST(OcrStage, NeverModeLeavesPagesAloneAndSaysWhy) {
    const auto path = std::filesystem::temp_directory_path() / "vbtrack-never.png";
    PIX* pix = pixCreate(100, 100, 8);
    pixSetAll(pix);
    pixWrite(path.c_str(), pix, IFF_PNG);
    pixDestroy(&pix);
    Document doc = ocr::ImageReader().read(path, {path.string(), "", 0, Format::image});
    ocr::OcrStage(ocr::OcrOptions{ocr::OcrMode::never, 1, "vie", {}}).recognize(doc);
    EXPECT_TRUE(doc.paragraphs.empty());
    EXPECT_NE(doc.pages[0].ocr_decision.find("--ocr never"), std::string::npos);
    std::filesystem::remove(path);
}

}  // namespace vbtrack
