#include "normalizers/diacritics/tone_confusion_model.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "normalizers/diacritics/count_table.hpp"

namespace vbtrack::diacritics {
namespace {

Tone tone_named(const std::string& name) {
    static constexpr std::array<std::string_view, kToneCount> kNames{"none", "grave", "acute", "hook", "tilde", "dot"};
    for (int t = 0; t < kToneCount; ++t)
        if (kNames[t] == name) return static_cast<Tone>(t);
    throw std::runtime_error("tone confusion table: unknown tone '" + name + "' (none, grave, acute, hook, tilde, dot)");
}

}  // namespace

ToneConfusionModel ToneConfusionModel::parse(std::string_view table) {
    std::array<std::array<float, kToneCount>, kToneCount> counts{};
    for (const CountRow& row : parse_count_table(table, "tone confusion table")) {
        if (row.kind != "tone") throw std::runtime_error("tone confusion table: a row of kind '" + row.kind + "', not 'tone'");
        counts[static_cast<int>(tone_named(row.truth))][static_cast<int>(tone_named(row.read))] += row.count;
    }
    ToneConfusionModel model;
    for (int truth = 0; truth < kToneCount; ++truth) {
        float total = 0;
        for (float count : counts[truth]) total += count + kCountSmoothing;
        for (int read = 0; read < kToneCount; ++read)
            model.log10_[truth][read] = std::log10((counts[truth][read] + kCountSmoothing) / total);
    }
    return model;
}

}  // namespace vbtrack::diacritics
