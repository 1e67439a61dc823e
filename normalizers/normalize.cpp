#include "normalizers/normalize.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "normalizers/encoding_detection.hpp"
#include "normalizers/legacy_fonts.hpp"
#include "normalizers/normalize_text.hpp"

namespace vbtrack {
namespace {

// Characters decoded per legacy encoding: the record names the one that
// carried most of the text.
using EncodingTally = std::map<std::string, std::size_t>;

// Rebuilds a paragraph from its runs when one is in a legacy font; returns
// false (and leaves the text) when every run is in a Unicode font.
bool decode_legacy_runs(Paragraph& paragraph, EncodingTally& tally) {
    bool any_legacy = false;
    std::string text;
    for (const TextRun& run : paragraph.runs) {
        if (auto font = font_encoding(run.font)) {
            any_legacy = true;
            text += decode_run(run.text, *font);
            tally[std::string(encoding_name(font->encoding))] += run.text.size();
        } else {
            text += run.text;
        }
    }
    if (any_legacy) paragraph.text = std::move(text);
    return any_legacy;
}

// Text without font information (PDF text layers, plain text) can still be
// legacy bytes read as Windows-1252 ("KÕ ho¹ch"). The paragraphs that could
// be are judged together, where there are enough syllables to tell.
void decode_misread_paragraphs(std::vector<Paragraph*>& paragraphs, EncodingTally& tally) {
    std::erase_if(paragraphs, [](const Paragraph* paragraph) { return !may_be_misread(paragraph->text); });
    std::string joined;
    for (const Paragraph* paragraph : paragraphs) (joined += paragraph->text) += '\n';
    const auto encoding = detect_in_utf8(joined);
    if (!encoding || *encoding == LegacyEncoding::viqr) return;
    // A paragraph that reads worse decoded was Unicode all along ("Tây Ninh" next to TCVN3 text).
    for (Paragraph* paragraph : paragraphs) {
        std::string decoded = decode_misread(paragraph->text, *encoding);
        if (vietnamese_score(decoded) >= vietnamese_score(paragraph->text)) paragraph->text = std::move(decoded);
    }
    tally[std::string(encoding_name(*encoding))] += joined.size();
}

class VietnameseTextNormalizer final : public TextNormalizer {
public:
    void normalize(Document& document) const override {
        EncodingTally tally;
        std::vector<Paragraph*> without_fonts;
        for (Paragraph& paragraph : document.paragraphs) {
            if (!decode_legacy_runs(paragraph, tally)) without_fonts.push_back(&paragraph);
        }
        decode_misread_paragraphs(without_fonts, tally);
        for (Paragraph& paragraph : document.paragraphs) paragraph.text = normalize_text(paragraph.text);
        if (!tally.empty()) {
            auto most = std::max_element(tally.begin(), tally.end(), [](auto& a, auto& b) { return a.second < b.second; });
            document.quality.encoding = most->first;
        }
    }
};

}  // namespace

std::unique_ptr<TextNormalizer> make_text_normalizer() { return std::make_unique<VietnameseTextNormalizer>(); }

}  // namespace vbtrack
