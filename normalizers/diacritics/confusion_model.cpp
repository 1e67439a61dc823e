#include "normalizers/diacritics/confusion_model.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "normalizers/diacritics/count_table.hpp"
#include "normalizers/utf8.hpp"

namespace vbtrack::diacritics {
namespace {

// The probabilities of edits never counted. A letter read as itself is the
// usual case even where the table has never seen it.
constexpr float kUnseenIdentityLog10 = -0.05f;
constexpr float kUnseenEditLog10 = -3.5f;

std::uint64_t edit_key(char32_t truth, char32_t ocr) { return (std::uint64_t{truth} << 32) | ocr; }

char32_t single_char(std::string_view s) {
    if (s.empty()) return 0;
    std::size_t pos = 0;
    const char32_t c = utf8::next(s, pos);
    return pos == s.size() ? c : utf8::kReplacement;
}

}  // namespace

ConfusionModel ConfusionModel::parse(std::string_view table) {
    ConfusionModel model;
    std::unordered_map<std::uint64_t, float> edit_counts;
    std::unordered_map<std::string, float> token_counts, token_totals;
    for (const CountRow& row : parse_count_table(table, "OCR confusion table")) {
        if (row.kind == "char") {
            const char32_t truth = single_char(row.truth), ocr = single_char(row.read);
            if (truth == utf8::kReplacement || ocr == utf8::kReplacement) continue;
            edit_counts[edit_key(truth, ocr)] += row.count;
            model.truth_totals_[truth] += row.count;
            if (truth != 0) model.total_characters_ += row.count;
        } else if (row.kind == "token") {
            token_counts[row.truth + '\t' + row.read] += row.count;
            token_totals[row.truth] += row.count;
        }
    }
    for (const auto& [key, count] : edit_counts) {
        const auto truth = static_cast<char32_t>(key >> 32);
        const float total = truth == 0 ? model.total_characters_ : model.truth_totals_[truth];
        model.edit_log10_[key] = std::log10((count + kCountSmoothing) / (total + kCountSmoothing * 64));
    }
    for (const auto& [pair, count] : token_counts) {
        const std::string truth = pair.substr(0, pair.find('\t'));
        model.token_log10_[pair] = std::log10(count / token_totals[truth]);
    }
    return model;
}

float ConfusionModel::substitution(char32_t truth, char32_t ocr) const {
    if (const auto it = edit_log10_.find(edit_key(truth, ocr)); it != edit_log10_.end()) return it->second;
    if (truth == ocr) return truth_totals_.contains(truth) ? std::log10(kCountSmoothing / (truth_totals_.at(truth) + kCountSmoothing * 64))
                                                           : kUnseenIdentityLog10;
    return kUnseenEditLog10;
}

float ConfusionModel::deletion(char32_t truth) const { return substitution(truth, 0); }

float ConfusionModel::insertion(char32_t ocr) const {
    if (const auto it = edit_log10_.find(edit_key(0, ocr)); it != edit_log10_.end()) return it->second;
    return kUnseenEditLog10;
}

float ConfusionModel::log10_channel(std::string_view truth, std::string_view ocr) const {
    const std::u32string t = utf8::decode(truth), o = utf8::decode(ocr);
    // Best alignment (max log-probability) by dynamic programming.
    std::vector<float> previous(o.size() + 1), current(o.size() + 1);
    previous[0] = 0;
    for (std::size_t j = 1; j <= o.size(); ++j) previous[j] = previous[j - 1] + insertion(o[j - 1]);
    for (std::size_t i = 1; i <= t.size(); ++i) {
        current[0] = previous[0] + deletion(t[i - 1]);
        for (std::size_t j = 1; j <= o.size(); ++j)
            current[j] = std::max({previous[j - 1] + substitution(t[i - 1], o[j - 1]),
                                   previous[j] + deletion(t[i - 1]), current[j - 1] + insertion(o[j - 1])});
        std::swap(previous, current);
    }
    float log10_p = previous[o.size()];
    std::string pair(truth);
    pair += '\t';
    pair += ocr;
    if (const auto it = token_log10_.find(pair); it != token_log10_.end()) log10_p = std::max(log10_p, it->second);
    return log10_p;
}

}  // namespace vbtrack::diacritics
