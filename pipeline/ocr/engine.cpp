#include "pipeline/ocr/engine.hpp"

#include "pipeline/ocr/layout.hpp"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>

namespace vbtrack::ocr {
namespace {

struct TextDeleter {
    void operator()(char* text) const { delete[] text; }
};

std::string trimmed(const char* text) {
    std::string s = text ? text : "";
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    return s;
}

// The lines of the current recognition, words with their boxes in page pixels.
std::vector<OcrLine> lines_of(tesseract::TessBaseAPI& api) {
    std::vector<OcrLine> lines;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it) return lines;
    constexpr auto kLine = tesseract::RIL_TEXTLINE;
    constexpr auto kWord = tesseract::RIL_WORD;
    do {
        if (it->Empty(kWord)) continue;
        if (it->IsAtBeginningOf(kLine) || lines.empty()) {
            OcrLine line;
            it->BoundingBox(kLine, &line.box.left, &line.box.top, &line.box.right, &line.box.bottom);
            lines.push_back(std::move(line));
        }
        OcrWord word;
        word.text = trimmed(std::unique_ptr<char[], TextDeleter>(it->GetUTF8Text(kWord)).get());
        word.confidence = it->Confidence(kWord);
        it->BoundingBox(kWord, &word.box.left, &word.box.top, &word.box.right, &word.box.bottom);
        if (!word.text.empty()) lines.back().words.push_back(std::move(word));
    } while (it->Next(kWord));
    std::erase_if(lines, [](const OcrLine& line) { return line.words.empty(); });
    return lines;
}

int height(const Box& box) { return box.bottom - box.top; }

// How far two boxes overlap vertically, when they overlap horizontally at all (0 else).
int overlap(const Box& a, const Box& b) {
    if (std::min(a.right, b.right) <= std::max(a.left, b.left)) return 0;
    return std::max(0, std::min(a.bottom, b.bottom) - std::max(a.top, b.top));
}

int median_line_height(const std::vector<OcrLine>& lines) {
    std::vector<int> heights;
    for (const auto& line : lines) heights.push_back(height(line.box));
    if (heights.empty()) return 0;
    std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
    return heights[heights.size() / 2];
}

}  // namespace

OcrEngine::OcrEngine(const std::string& language) : api_(std::make_unique<tesseract::TessBaseAPI>()) {
    // nullptr: $TESSDATA_PREFIX when set, else the path Debian's Tesseract was built with.
    if (api_->Init(nullptr, language.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
        throw OcrSetupError("Tesseract cannot load the '" + language +
                            "' language data; install the Debian package tesseract-ocr-" + language +
                            " or set TESSDATA_PREFIX to the folder holding " + language + ".traineddata");
    // Fully automatic segmentation finds the header and signature columns as separate blocks.
    api_->SetPageSegMode(tesseract::PSM_AUTO);
    // Tesseract's progress chatter would interleave with the batch's own output.
    api_->SetVariable("debug_file", "/dev/null");
}

OcrEngine::~OcrEngine() { api_->End(); }

std::vector<OcrLine> OcrEngine::recognize(PIX* page, int dpi) {
    api_->SetImage(page);
    api_->SetSourceResolution(dpi);
    std::vector<OcrLine> lines;
    if (api_->Recognize(nullptr) == 0) lines = reread_merged_rows(lines_of(*api_), page, dpi);
    api_->Clear();
    return lines;
}

// Tesseract's line finder may take two rows of small type in one column, beside
// a taller cell of the other, for one line, and then reads only one of the rows:
// a footer's "- Như trên;" above "- Đ/c Giám đốc (để b/c);" beside "TRƯỞNG
// PHÒNG" came out as "“ ĐỨc Giám đốc (để b/c); TRƯƠNG". Such a line has two
// cells (split as the layout step splits them) and is half as tall again as the page's usual line, or more. Each of its
// cells is read again as a block of its own, across the line's height, and the
// rows found replace the cell when there are two or more.
std::vector<OcrLine> OcrEngine::reread_merged_rows(std::vector<OcrLine> lines, PIX* page, int dpi) {
    const int usual = median_line_height(lines);
    std::vector<OcrLine> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        OcrLine& line = lines[i];
        const bool tall = usual > 0 && 2 * height(line.box) >= 3 * usual;
        auto cells = tall ? split_at_gaps(line.words, 2 * usual) : std::vector<std::vector<OcrWord>>{};
        if (cells.size() < 2) {  // a tall line of one cell is large type or noise: as it was read
            out.push_back(std::move(line));
            continue;
        }
        for (auto& cell : cells) {
            const Box box{cell.front().box.left, line.box.top, cell.back().box.right, line.box.bottom};
            std::vector<OcrLine> rows = read_block(page, dpi, box, usual);
            // A row that lies mostly on another line the page read is that line's edge, read again.
            std::erase_if(rows, [&](const OcrLine& row) {
                for (std::size_t k = 0; k < lines.size(); ++k)
                    if (k != i && 2 * overlap(row.box, lines[k].box) > height(row.box)) return true;
                return false;
            });
            if (rows.size() < 2) rows = {{box, std::move(cell)}};
            for (auto& row : rows) out.push_back(std::move(row));
        }
    }
    return out;
}

// The rows of one region of the page read as a single block, in page pixels.
// The region is cut out with a white margin (Tesseract misreads glyphs that
// touch the image's edge); rows under half a usual line's height are the edges
// of the lines above and below it.
std::vector<OcrLine> OcrEngine::read_block(PIX* page, int dpi, const Box& box, int usual_height) {
    BOX* region = boxCreate(box.left, box.top, box.right - box.left, box.bottom - box.top);
    Pix clipped(pixClipRectangle(page, region, nullptr));
    boxDestroy(&region);
    if (!clipped) return {};
    const int margin = usual_height / 2;
    Pix padded(pixAddBorder(clipped.get(), margin, 255));
    if (!padded) return {};
    api_->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
    api_->SetImage(padded.get());
    api_->SetSourceResolution(dpi);
    std::vector<OcrLine> rows;
    if (api_->Recognize(nullptr) == 0) rows = lines_of(*api_);
    api_->SetPageSegMode(tesseract::PSM_AUTO);
    std::erase_if(rows, [&](const OcrLine& row) { return 2 * height(row.box) < usual_height; });
    const auto to_page = [&](Box& b) {
        b.left += box.left - margin, b.right += box.left - margin;
        b.top += box.top - margin, b.bottom += box.top - margin;
    };
    for (auto& row : rows) {
        to_page(row.box);
        for (auto& word : row.words) to_page(word.box);
    }
    return rows;
}

}  // namespace vbtrack::ocr
