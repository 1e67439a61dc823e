#include "extractors/official_name_parts.hpp"

#include <array>

#include "extractors/vietnamese.hpp"

namespace vbtrack::name_parts {

namespace {

// Administrative levels, one or two words; the place name follows them.
// "khu vực" is the area a unit of a regional agency is named by ("Chi cục Thuế
// khu vực X - Y", "Kho bạc Nhà nước khu vực III"): its places follow it as a level's do.
constexpr std::array<Spelling, 10> kLevels = {{
    {"thanh pho", "thành phố"}, {"thi xa", "thị xã"}, {"thi tran", "thị trấn"}, {"dac khu", "đặc khu"},
    {"khu vuc", "khu vực"},     {"tinh", "tỉnh"},     {"huyen", "huyện"},       {"xa", "xã"},
    {"quan", "quận"},           {"phuong", "phường"},
}};

}  // namespace

std::size_t level_at(const std::vector<std::string>& folded_words, std::size_t i) {
    for (const auto& [level, spelled] : kLevels) {
        std::size_t n = level.find(' ') == std::string_view::npos ? 1 : 2;
        if (i + n > folded_words.size()) continue;
        std::string joined = n == 1 ? folded_words[i] : folded_words[i] + " " + folded_words[i + 1];
        if (joined != level) continue;
        // "xã hội" (society) is not the commune level, nor are "quản lý" (to manage) and
        // "quân sự", "quân đội" (military) the district.
        const std::string_view next = i + 1 < folded_words.size() ? std::string_view(folded_words[i + 1]) : "";
        if ((joined == "xa" && next == "hoi") || (joined == "quan" && (next == "ly" || next == "su" || next == "doi")))
            return 0;
        // Nor are the second syllables of "cơ quan" (an agency) and "hợp tác xã" (a cooperative).
        const std::string_view previous = i > 0 ? std::string_view(folded_words[i - 1]) : "";
        if ((joined == "quan" && previous == "co") || (joined == "xa" && previous == "tac")) return 0;
        // An area before a level is a field, not a place ("Ban Quản lý khu vực phát triển đô thị tỉnh X").
        if (joined == "khu vuc" && has_level_from(folded_words, i + n)) return 0;
        return n;
    }
    return 0;
}

bool has_level_from(const std::vector<std::string>& folded_words, std::size_t i) {
    for (; i < folded_words.size(); ++i)
        if (level_at(folded_words, i) != 0) return true;
    return false;
}

std::string_view level_spelling(const std::vector<std::string>& folded_words, std::size_t i, std::size_t n) {
    std::string joined = n == 1 ? folded_words[i] : folded_words[i] + " " + folded_words[i + 1];
    for (const auto& [level, spelled] : kLevels)
        if (joined == level) return spelled;
    return {};
}

bool is_written_level(const std::vector<std::string>& words, const std::vector<std::string>& folded_words,
                      std::size_t i) {
    const std::size_t n = level_at(folded_words, i);
    if (n == 0) return false;
    const std::string written = to_lower(join_words(words, i, i + n));
    return written == level_spelling(folded_words, i, n) || written == join_words(folded_words, i, i + n);
}

std::string level_key(const std::vector<std::string>& words, std::size_t i, std::size_t n) {
    return to_lower(join_words(words, i, i + n));
}

std::vector<std::string> folded_words_of(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const auto& w : words) out.push_back(folded(w));
    return out;
}

bool is_committee(const std::vector<std::string>& f, std::size_t i) {
    if (i + 1 >= f.size()) return false;
    const bool level = f[i] == "tinh" || f[i] == "huyen" || f[i] == "thanh" || f[i] == "quan" || f[i] == "thi";
    if (f[i + 1] == "uy") return level || f[i] == "dang";
    return f[i + 1] == "doan" && level && f[i] != "quan";
}

}  // namespace vbtrack::name_parts
