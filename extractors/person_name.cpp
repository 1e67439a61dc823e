#include "extractors/person_name.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

// Family names, lower case: the Kinh ones (the common ones and the rarer ones of
// officials), then those of the peoples of the northern mountains (Mông, Dao, Thái,
// Tày) and of the Chăm and Khmer. Where two share their letters (Đoàn/Doãn,
// Trịnh/Trình, Giang/Giàng, Quang/Quảng), both are listed, and a misread one is
// left alone: the list cannot tell which was printed. A name missing here whose
// letters are those of one entry would be "repaired" into it, so the minority
// names that share letters with a Kinh one matter most (Giàng, Quảng, Đạo, Lồ,
// Điểu, Lỳ).
constexpr auto kFamilyNames = std::to_array<std::string_view>({
    "nguyễn", "trần",  "lê",    "phạm",  "hoàng", "huỳnh", "phan",  "vũ",     "võ",    "đặng",  "bùi",
    "đỗ",     "hồ",    "ngô",   "dương", "lý",    "lí",    "đào",   "đoàn",   "doãn",  "vương", "trịnh",
    "trình",  "trương", "đinh", "lâm",   "phùng", "mai",   "tô",    "hà",     "tạ",    "lương", "lường",
    "lưu",    "quách", "cao",   "thái",  "châu",  "chu",   "diệp",  "đàm",    "đồng",  "đới",   "giang",
    "hầu",    "khổng", "khúc",  "kiều",  "kim",   "la",    "lã",    "lạc",    "lại",   "lò",    "lục",
    "mạc",    "mã",    "mạch",  "nghiêm", "ninh", "nông",  "ông",   "phí",    "quan",  "quản",  "tăng",
    "thạch",  "thân",  "tiêu",  "tôn",   "tống",  "tòng",  "triệu", "từ",     "ứng",   "ung",   "vi",
    "viên",   "âu",    "bạch",  "bế",    "cấn",   "cù",    "cung",  "đậu",    "điêu",  "giáp",  "hàn",
    "hứa",    "khuất", "khương", "lăng", "mẫn",   "mông",  "nhâm",  "ôn",     "phương", "sầm",  "tào",
    "thiều",  "trang", "vòng",  "lèo",   "lộc",   "lữ",    "kha",   "khà",    "văn",   "yên",   "chế",
    "nhữ",   "ngọ",   "sái",   "thiệu", "quang", "phó",   "lều",
    // Mông, Dao, Thái, Tày
    "giàng", "sùng",  "thào",  "vàng",  "hờ",    "lầu",   "mùa",   "tráng",  "chá",   "cứ",    "hạng",
    "vừ",    "lồ",    "xồng",  "má",    "tẩn",   "bàn",   "chảo",  "quàng",  "cầm",   "lự",    "ma",
    // Chăm, Khmer
    "quảng", "đàng",  "đạo",   "lộ",    "trượng", "hán",  "bá",    "thiên",  "danh",  "sơn",   "kiên",
    // Xtiêng, M'nông, Chơ Ro (Điểu); Hà Nhì, La Hủ, Lự (Lỳ, Lỷ)
    "điểu",  "lỳ",    "lỷ",
});

// Clan names of the Ê Đê and M'nông, the last word of a name that starts with
// "Y" or "H'" ("Y Ngông Niê", "H'Hen Niê"). Spellings with letters outside
// Vietnamese (Ayŭn, Êñuôl) are left out: OCR with the Vietnamese model cannot
// read them anyway.
constexpr auto kClanNames = std::to_array<std::string_view>({
    "niê", "byă", "êban", "mlô", "ksơr", "adrơng", "hđơk", "knul", "kbuôr", "kpă", "hwing", "ktla",
});

// The entry `word` stands for: itself when listed, else the one entry with its letters.
template <std::size_t N>
std::optional<std::string_view> listed_spelling(const std::string& word, const std::array<std::string_view, N>& list) {
    const std::string lower = to_lower(word);
    if (std::find(list.begin(), list.end(), lower) != list.end()) return std::nullopt;
    const std::string letters = folded(lower);
    std::optional<std::string_view> match;
    for (std::string_view entry : list) {
        if (folded(entry) != letters) continue;
        if (match) return std::nullopt;  // two entries share the letters
        match = entry;
    }
    return match;
}

template <std::size_t N>
bool is_listed(const std::string& word, const std::array<std::string_view, N>& list) {
    return std::find(list.begin(), list.end(), to_lower(word)) != list.end();
}

// "Y Sang Byă" (prefix, given name, clan); "H'Hen Niê" (the prefix is glued to the given name).
bool is_highlands_name(const std::vector<std::string>& words) {
    const std::string& first = words.front();
    if (first.starts_with("H'") || first.starts_with("H’")) return true;
    return folded(first) == "y" && words.size() >= 3;
}

}  // namespace

std::string respell_person_name(std::string_view name) {
    std::vector<std::string> words = split_words(name);
    if (words.size() < 2 || words.size() > 6) return std::string(name);
    if (is_highlands_name(words)) {
        std::string& clan = words.back();
        if (auto spelled = listed_spelling(clan, kClanNames)) clan = capitalize_first(*spelled);
        // "Y" is the men's prefix, not the syllable "ý" a model restores at the start of a line.
        if (is_listed(clan, kClanNames) && folded(words.front()) == "y") words.front().assign(1, 'Y');
    } else if (auto spelled = listed_spelling(words.front(), kFamilyNames)) {
        words.front() = capitalize_first(*spelled);
    }
    return join_words(words);
}

}  // namespace vbtrack
