#include "extractors/localities.hpp"

#include <vector>

#include "extractors/official_name_parts.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

using namespace name_parts;

Localities localities_in(std::string_view name) {
    Localities out;
    std::vector<std::string> words = split_words(name);
    std::vector<std::string> f = folded_words_of(words);
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::size_t n = 0;
        std::string key;
        if (is_committee(f, i) && f[i] != "dang") {
            n = 2;
            key = f[i] == "tinh" ? "tỉnh" : f[i] == "huyen" ? "huyện" : f[i] == "thanh" ? "thành phố"
                                                                     : f[i] == "quan" ? "quận" : "thị xã";
        } else if ((n = level_at(f, i))) {
            key = level_key(words, i, n);
        } else {
            continue;
        }
        // The place name: the capitalized words that follow, up to the next level word.
        std::size_t j = i + n;
        std::vector<std::string> place;
        while (j < words.size() && !is_written_level(words, f, j) && !is_committee(f, j)) {
            std::size_t pos = 0;
            // Places joined by a dash are one name ("Bà Rịa - Vũng Tàu", "khu vực Hải Hậu - Giao Thủy").
            const bool dash_to_a_place = words[j] == "-" && !place.empty() && j + 1 < words.size() &&
                                         !is_written_level(words, f, j + 1) && is_upper(utf8::next(words[j + 1], pos));
            pos = 0;
            if (!dash_to_a_place && !is_upper(utf8::next(words[j], pos))) break;
            place.push_back(words[j++]);
        }
        if (!place.empty()) {
            std::string cased;
            for (const auto& p : place) {
                if (!cased.empty()) cased += ' ';
                cased += capitalize_first(to_lower(p));
            }
            out[key] = cased;
        }
        i = j > i ? j - 1 : i;
    }
    return out;
}

bool has_locality(std::string_view name) { return !localities_in(name).empty(); }

std::string complete_locality(std::string_view name, const Localities& localities) {
    std::string out = collapse_spaces(name);
    if (out.empty() || localities.empty()) return out;
    std::vector<std::string> words = split_words(out);
    std::vector<std::string> f = folded_words_of(words);
    std::size_t last = words.size() - 1;
    auto find = [&](const std::string& key) -> const std::string* {
        auto it = localities.find(key);
        return it == localities.end() ? nullptr : &it->second;
    };
    // Ends with a bare level ("... tỉnh") or a bare committee ("... Tỉnh ủy").
    if (last >= 1 && is_committee(f, last - 1) && f[last - 1] != "dang") {
        std::string key = f[last - 1] == "tinh" ? "tỉnh" : f[last - 1] == "huyen" ? "huyện" : "thành phố";
        if (const std::string* place = find(key)) return out + " " + *place;
        return out;
    }
    if (std::size_t n = level_at(f, last); n == 1 && last >= 1) {
        if (const std::string* place = find(level_key(words, last, 1))) return out + " " + *place;
        return out;
    }
    if (has_locality(out)) return out;
    // Provincial departments are named without their province: "Sở Tư pháp", and
    // so is the office of their head in a competence line ("Giám đốc Sở Tư pháp").
    const bool department = f[0] == "so" || (f.size() >= 3 && f[0] == "giam" && f[1] == "doc" && f[2] == "so");
    if (department && words.size() >= 2)
        if (const std::string* place = find("tỉnh")) return out + " tỉnh " + *place;
    return out;
}

}  // namespace vbtrack
