#include "extractors/office_spellings.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "extractors/official_name_parts.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

using namespace name_parts;

namespace {

// The fixed words of names of bodies and offices, spelled right. OCR and stripped
// text garble their marks ("TÍNH ỦY", "Uy ban nhan dan tinh"), and since a name is
// built from this closed vocabulary plus a place, a word whose letters match one of
// them is that word. Ambiguous pairs stay out: "thu truong" is Thứ trưởng (deputy
// minister) or Thủ trưởng (head of an agency).
// Longest first: a phrase is taken whole, so "chanh van phong" wins over "van phong",
// and "CHI BỘ TRƯỜNG ..." (a school's party cell) keeps its "bộ" from "bộ trưởng".
constexpr std::array<Spelling, 36> kOfficeSpellings = {{
    {"chanh van phong", "chánh văn phòng"}, {"pho chu tich", "phó chủ tịch"},
    {"uy ban", "ủy ban"},         {"nhan dan", "nhân dân"},       {"hoi dong", "hội đồng"},
    {"thuong vu", "thường vụ"},   {"thuong truc", "thường trực"}, {"chap hanh", "chấp hành"},
    {"van phong", "văn phòng"},   {"chu tich", "chủ tịch"},       {"bi thu", "bí thư"},
    {"dan van", "dân vận"},       {"tuyen giao", "tuyên giáo"},   {"to chuc", "tổ chức"},
    {"kiem tra", "kiểm tra"},     {"noi chinh", "nội chính"},     {"mat tran", "mặt trận"},
    {"to quoc", "tổ quốc"},       {"chinh phu", "chính phủ"},     {"quoc hoi", "quốc hội"},
    {"tinh uy", "tỉnh ủy"},       {"huyen uy", "huyện ủy"},       {"thanh uy", "thành ủy"},
    {"dang uy", "đảng ủy"},       {"dang bo", "đảng bộ"},         {"quan uy", "quận ủy"},
    {"thi uy", "thị ủy"},         {"giam doc", "giám đốc"},       {"truong ban", "trưởng ban"},
    {"can su", "cán sự"},         {"dang doan", "đảng đoàn"},     {"trung uong", "trung ương"},
    {"thu tuong", "thủ tướng"},   {"bo truong", "bộ trưởng"},
    {"chi dao", "chỉ đạo"},       {"chi bo", "chi bộ"},
}};

bool matches_at(const std::vector<std::string>& folded_words, std::size_t i, std::string_view phrase) {
    const std::vector<std::string> parts = split_words(phrase);
    if (i + parts.size() > folded_words.size()) return false;
    for (std::size_t k = 0; k < parts.size(); ++k)
        if (folded_words[i + k] != parts[k]) return false;
    return true;
}

// `word` spelled as `spelled`, keeping the case it was written in.
std::string respell(const std::string& word, std::string_view spelled) {
    if (is_all_caps(word)) return to_upper(spelled);
    std::size_t pos = 0;
    return is_upper(utf8::next(word, pos)) ? capitalize_first(spelled) : std::string(spelled);
}

void respell_phrase(std::vector<std::string>& words, std::size_t i, std::string_view spelled) {
    const std::vector<std::string> parts = split_words(spelled);
    for (std::size_t k = 0; k < parts.size(); ++k) words[i + k] = respell(words[i + k], parts[k]);
}

}  // namespace

std::string respell_office_words(std::string_view name) {
    std::vector<std::string> words = split_words(collapse_spaces(name));
    const std::vector<std::string> f = folded_words_of(words);
    // Place names are an open class ("Vân Phong" folds like "văn phòng"): after a
    // level or a committee ("Tỉnh ủy"), only a further level is respelled.
    bool in_place = false;
    for (std::size_t i = 0; i < words.size();) {
        std::size_t matched = 0;
        for (const auto& s : kOfficeSpellings) {
            if (in_place || !matches_at(f, i, s.folded)) continue;
            respell_phrase(words, i, s.spelled);
            matched = word_count(s.folded);
            in_place = is_committee(f, i);
            break;
        }
        // Levels are respelled only before a place name or at the end of a name ("... tỉnh").
        if (std::size_t n = matched ? 0 : level_at(f, i)) {
            std::size_t pos = 0;
            // (At the end, only outside a place: "HÀ TĨNH" folds like the level "tỉnh".)
            if ((i + n == words.size() && !in_place) || (i + n < words.size() && is_upper(utf8::next(words[i + n], pos)))) {
                respell_phrase(words, i, level_spelling(f, i, n));
                matched = n;
                in_place = true;
            }
        }
        i += std::max<std::size_t>(matched, 1);
    }
    return join_words(words);
}

}  // namespace vbtrack
