#include "extractors/school_names.hpp"

#include "extractors/official_name_parts.hpp"
#include "extractors/official_names.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

// The levels of schools (Luật Giáo dục 2019) a school's own name follows:
// "Trường Tiểu học Kim Liên", "Trường Trung học cơ sở Lê Lợi". Longest first.
constexpr std::string_view kSchoolLevels[] = {
    "tieu hoc va trung hoc co so", "trung hoc co so va trung hoc pho thong", "pho thong dan toc noi tru",
    "pho thong dan toc ban tru", "trung hoc pho thong", "trung hoc co so", "tieu hoc", "mam non", "mau giao"};

// The number of words of a school's level starting at word `at` (0 = none).
std::size_t school_level_at(const std::vector<std::string>& folded_words, std::size_t at) {
    for (std::string_view level : kSchoolLevels) {
        const std::vector<std::string> parts = split_words(level);
        if (at + parts.size() > folded_words.size()) continue;
        bool same = true;
        for (std::size_t k = 0; k < parts.size() && same; ++k) same = folded_words[at + k] == parts[k];
        if (same) return parts.size();
    }
    return 0;
}

bool is_caps_abbreviation(const std::string& word) { return is_abbreviation(word) && is_all_caps(word); }

// True when a school's name starts at word s: "Trường" then its level spelled
// out; or "Trường" written with its marks or none ("trưởng" is an office) then
// its level abbreviated ("THPT", "PTDTBT") or, after a party cell or a union
// ("Chi bộ Trường Nguyễn Du"), its own name.
bool school_starts_at(const std::vector<std::string>& words, const std::vector<std::string>& f, std::size_t s) {
    if (s + 1 >= words.size() || f[s] != "truong") return false;
    if (school_level_at(f, s + 1) != 0) return true;
    const std::string written = to_lower(words[s]);
    if (written != "trường" && written != "truong") return false;
    if (is_caps_abbreviation(words[s + 1])) return true;
    const std::string before = s >= 2 ? f[s - 2] + " " + f[s - 1] : std::string();
    return before == "chi bo" || before == "dang bo" || before == "cong doan" || before == "chi doan";
}

}  // namespace

std::size_t school_name_start(const std::vector<std::string>& words) {
    const std::vector<std::string> f = name_parts::folded_words_of(words);
    for (std::size_t s = 0; s < words.size(); ++s)
        if (school_starts_at(words, f, s)) return s;
    return words.size();
}

std::string school_case(const std::vector<std::string>& words) {
    if (words.empty()) return {};
    const std::vector<std::string> f = name_parts::folded_words_of(words);
    std::vector<std::string> out{capitalize_first(to_lower(words[0]))};
    std::size_t k = 1;
    for (; k < words.size() && is_caps_abbreviation(words[k]); ++k) out.push_back(words[k]);  // "THPT", "PTDTBT THCS"
    const std::size_t level_start = k, level_end = k + school_level_at(f, k);
    for (; k < level_end; ++k) out.push_back(k == level_start ? capitalize_first(to_lower(words[k])) : to_lower(words[k]));
    for (; k < words.size(); ++k) out.push_back(is_caps_abbreviation(words[k]) ? words[k] : capitalize_first(to_lower(words[k])));
    return join_words(out);
}

bool names_a_school(std::string_view name) {
    const std::vector<std::string> words = split_words(name);
    // At the start any "Trường" names a school ("Trường Đại học X", "Trường Cao đẳng Y").
    const std::size_t s = !words.empty() && folded(words[0]) == "truong" ? 0 : school_name_start(words);
    if (s + 2 >= words.size()) return false;
    std::size_t pos = 0;
    return is_upper(utf8::next(words.back(), pos));
}

}  // namespace vbtrack
