#include "normalizers/diacritics/tone_confusion_model.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace vbtrack::diacritics {
namespace {

// Additive smoothing: a confusion the table never saw is rare, not impossible.
constexpr float kSmoothing = 0.5f;

Tone tone_named(const std::string& name, const std::string& line) {
    static constexpr std::array<std::string_view, kToneCount> kNames{"none", "grave", "acute", "hook", "tilde", "dot"};
    for (int t = 0; t < kToneCount; ++t)
        if (kNames[t] == name) return static_cast<Tone>(t);
    throw std::runtime_error("tone confusion table: unknown tone '" + name + "' in line: " + line);
}

}  // namespace

ToneConfusionModel ToneConfusionModel::parse(std::string_view table) {
    std::array<std::array<float, kToneCount>, kToneCount> counts{};
    std::istringstream in{std::string(table)};
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        std::istringstream parts(line);
        for (std::string field; std::getline(parts, field, '\t');) fields.push_back(field);
        if (fields.size() != 4 || fields[0] != "tone") throw std::runtime_error("tone confusion table: malformed line: " + line);
        counts[static_cast<int>(tone_named(fields[1], line))][static_cast<int>(tone_named(fields[2], line))] += std::stof(fields[3]);
    }
    ToneConfusionModel model;
    for (int truth = 0; truth < kToneCount; ++truth) {
        float total = 0;
        for (float count : counts[truth]) total += count + kSmoothing;
        for (int read = 0; read < kToneCount; ++read)
            model.log10_[truth][read] = std::log10((counts[truth][read] + kSmoothing) / total);
    }
    return model;
}

}  // namespace vbtrack::diacritics
