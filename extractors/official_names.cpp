#include "extractors/official_names.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "extractors/official_name_parts.hpp"
#include "extractors/school_names.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

using namespace name_parts;

namespace {

// Office words whose first syllable is capitalized inside a name (folded, as pairs);
// "Thanh tra" is the inspectorate, named so after its head ("Chánh Thanh tra huyện");
// "Quân sự" the military of a level ("Ban Chỉ huy Quân sự huyện", "Đảng ủy Quân sự").
const std::array<std::string_view, 36> kOfficeWords = {
    "uy ban",      "thanh tra", "quan su",
    "thuong vu", "thuong truc", "chap hanh", "van phong", "chu tich",  "bi thu",   "dan van",   "tuyen giao",
    "to chuc",   "kiem tra",    "noi chinh", "mat tran",  "to quoc",   "chinh phu", "quoc hoi", "nha nuoc",
    "tinh uy",   "huyen uy",    "thanh uy",  "dang uy",   "dang bo",   "quan uy",   "thi uy",   "giam doc",
    "truong ban", "can su",     "dang doan", "trung uong", "thu tuong", "hoi dong", "bo truong", "thu truong",
    "quan ly"};

bool is_office_pair(const std::vector<std::string>& folded_words, std::size_t i) {
    if (i + 1 >= folded_words.size()) return false;
    std::string pair = folded_words[i] + " " + folded_words[i + 1];
    for (std::string_view w : kOfficeWords)
        if (pair == w) return true;
    return false;
}

// Heads of units named by their field after them ("Bộ Nội vụ", "Sở Tài chính",
// "Đảng ủy Khối Doanh nghiệp").
bool is_unit_head(const std::string& folded_word) {
    return folded_word == "bo" || folded_word == "so" || folded_word == "phong" || folded_word == "cuc" ||
           folded_word == "vu" || folded_word == "khoi";
}

}  // namespace

bool is_abbreviation(std::string_view token) {
    // A vowel with a mark makes a syllable, however foreign its consonants
    // ("KRÔNG", "ĐẮK", "LẮK"); the abbreviations headers use carry no mark but Đ ("HĐND").
    for (std::size_t pos = 0; pos < token.size();) {
        const char32_t c = utf8::next(token, pos);
        if (c >= 0x80 && c != U'Đ' && c != U'đ' && is_letter(c)) return false;
    }
    std::string f = folded(token);
    while (!f.empty() && !std::isalpha(static_cast<unsigned char>(f.back()))) f.pop_back();
    if (f.empty()) return false;
    static const std::array<std::string_view, 27> onsets = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu",
                                                            "th",  "tr", "b",  "c",  "d",  "g",  "h",  "k",  "l",
                                                            "m",   "n",  "p",  "q",  "r",  "s",  "t",  "v",  "x"};
    std::size_t i = 0;
    for (std::string_view o : onsets)
        if (f.compare(0, o.size(), o) == 0) {
            i = o.size();
            break;
        }
    std::size_t vowels = i;
    while (vowels < f.size() && std::string_view("aeiouy").find(f[vowels]) != std::string_view::npos) ++vowels;
    if (vowels == i || vowels - i > 3) return true;
    std::string_view coda = std::string_view(f).substr(vowels);
    return !(coda.empty() || coda == "c" || coda == "ch" || coda == "m" || coda == "n" || coda == "ng" ||
             coda == "nh" || coda == "p" || coda == "t");
}

std::string official_case(std::string_view text) {
    std::vector<std::string> words = split_words(respell_office_words(text));
    std::vector<std::string> f = folded_words_of(words);
    std::vector<std::string> out;
    // "Trường Tiểu học Kim Liên", and "Chi bộ" + "Trường PTDTBT THCS X": the
    // organisation as any name, then the school as schools are named.
    if (std::size_t s = school_name_start(words); s < words.size()) {
        const std::string school = school_case(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(s), words.end()));
        return s == 0 ? school : official_case(join_words(words, 0, s)) + " " + school;
    }
    bool proper = false;  // inside a place name: every word capitalized
    bool in_unit = false;  // in the field a ministry or department is named by ("Sở Lao động - ...")
    bool capital_next = false;  // the first word of a committee's field ("Đảng ủy Quân sự")
    bool in_ban = false;  // in the field a Ban is named by ("Ban Kinh tế - Xã hội")
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (is_abbreviation(w) && is_all_caps(w)) {
            out.push_back(w);
            // "Trường THPT Hướng Lập", "Trường PTDTBT Tiểu học X": after the school's level the name is its own.
            proper = proper || (i == 1 && f[0] == "truong");
            continue;
        }
        std::string lower = to_lower(w);
        // "Sở Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch":
        // each field a unit joins to its name starts with a capital.
        bool joined_field = (in_unit && (f[i - 1] == "-" || f[i - 1] == "va" || words[i - 1].back() == ',')) ||
                            (in_ban && f[i - 1] == "-");
        bool capital = i == 0 || proper || f[i - 1] == "pho" || joined_field || capital_next;
        capital_next = false;
        // "Việt Nam" is a proper name wherever it stands ("Mặt trận Tổ quốc Việt Nam").
        if (f[i] == "viet" && i + 1 < words.size() && f[i + 1] == "nam") {
            out.push_back(capitalize_first(lower));
            out.push_back(capitalize_first(to_lower(words[++i])));
            continue;
        }
        // A Ban is named by its field, the first word capitalized, and so is each
        // field a dash joins to it ("Ban Pháp chế", "Ban Gia đình - Xã hội").
        if (f[i] == "ban") {
            out.push_back(capital ? capitalize_first(lower) : lower);
            capital_next = in_ban = true;
            in_unit = false;
            continue;
        }
        if (is_committee(f, i)) {  // "Tỉnh ủy", "Đảng ủy": the place name follows
            out.push_back(capitalize_first(lower));
            out.push_back(to_lower(words[++i]));
            // ... unless a level comes first ("Đảng ủy xã Sơn Vĩ"), or the committee of a
            // bloc or a force is named by its field, then its place ("Đảng ủy Khối
            // Doanh nghiệp tỉnh X", "Đảng ủy Quân sự thị xã"): a level word follows later.
            const bool field_then_place =
                f[i - 1] == "dang" && i + 1 < f.size() &&
                (f[i + 1] == "khoi" || has_level_from(f, i + 2));
            proper = level_at(f, i + 1) == 0 && !field_then_place;
            capital_next = field_then_place;
            continue;
        }
        if (!proper && i > 0) {
            if (std::size_t n = level_at(f, i)) {
                for (std::size_t k = 0; k < n; ++k) out.push_back(to_lower(words[i + k]));
                i += n - 1;
                proper = true;
                in_unit = false;
                continue;
            }
        }
        if (is_office_pair(f, i)) {
            out.push_back(capitalize_first(lower));
            out.push_back(to_lower(words[++i]));
            // "Ban Quản lý Khu kinh tế", "... Khu công nghiệp": the zone a board manages is named with a capital.
            if (f[i] == "ly" && i + 1 < words.size() && f[i + 1] == "khu")
                out.push_back(capitalize_first(to_lower(words[++i])));
            continue;
        }
        // A ministry, department or office is named by the word after its head: "Bộ Nội vụ", "Sở Tài chính";
        // so are a centre and a hospital, their heads pairs: "Trung tâm Y tế", "Bệnh viện Đa khoa".
        const bool pair_head = i + 2 < words.size() && ((f[i] == "trung" && f[i + 1] == "tam") || (f[i] == "benh" && f[i + 1] == "vien"));
        if (pair_head) {
            out.push_back(capitalize_first(lower));
            lower = to_lower(words[++i]);
        }
        // Inside a field "vụ" is a word of it ("Sở Nội vụ", "Trung tâm Phục vụ ..."), not a Vụ.
        const bool word_of_field = in_unit && f[i] == "vu";
        if ((pair_head || (is_unit_head(f[i]) && !word_of_field)) && i + 1 < words.size()) {
            // "Chi cục", "Tổng cục": the head is the pair, its second word in lower case.
            const bool second_of_pair = pair_head || (i > 0 && (f[i - 1] == "chi" || f[i - 1] == "tong"));
            out.push_back(second_of_pair ? lower : capitalize_first(lower));
            const std::string& field = words[++i];
            // "Sở NN&PTNT" keeps its abbreviation; "Khối các cơ quan" names no field, and
            // "Chi cục trưởng", "Vụ trưởng" name the unit's head.
            const bool names_no_field = f[i] == "cac" || to_lower(field) == "trưởng";
            if (is_abbreviation(field) && is_all_caps(field)) out.push_back(field);
            else out.push_back(names_no_field ? to_lower(field) : capitalize_first(to_lower(field)));
            in_unit = true;
            continue;
        }
        out.push_back(capital ? capitalize_first(lower) : lower);
    }
    return join_words(out);
}

// The abbreviations headers and lists print for bodies and their fields (the
// forms of Nghị định 30/2020 Phụ lục I and common administrative usage), read
// out as the full name states them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kOfficialAbbreviations = {{
    {"UBND", "Ủy ban nhân dân"},
    {"HĐND", "Hội đồng nhân dân"},
    {"MTTQ", "Mặt trận Tổ quốc"},
    {"UBMTTQ", "Ủy ban Mặt trận Tổ quốc"},
    {"LĐLĐ", "Liên đoàn Lao động"},
    {"LHPN", "Liên hiệp Phụ nữ"},
    {"BHXH", "Bảo hiểm xã hội"},
    {"CHQS", "Chỉ huy Quân sự"},
    {"CCB", "Cựu chiến binh"},
    {"TNCS", "Thanh niên Cộng sản"},
    {"TTYT", "Trung tâm Y tế"},
    {"GD&ĐT", "Giáo dục và Đào tạo"},
    {"NN&PTNT", "Nông nghiệp và Phát triển nông thôn"},
    {"TN&MT", "Tài nguyên và Môi trường"},
    {"KH&ĐT", "Kế hoạch và Đầu tư"},
    {"KH&CN", "Khoa học và Công nghệ"},
    {"TT&TT", "Thông tin và Truyền thông"},
    {"VH,TT&DL", "Văn hóa, Thể thao và Du lịch"},
    {"VHTT&DL", "Văn hóa, Thể thao và Du lịch"},
    {"LĐ-TB&XH", "Lao động - Thương binh và Xã hội"},
    {"LĐTB&XH", "Lao động - Thương binh và Xã hội"},
    {"GTVT", "Giao thông vận tải"},
    {"ĐBQH", "Đại biểu Quốc hội"},
    {"TDTT", "Thể dục thể thao"},
}};

std::string expand_abbreviations(std::string_view name) {
    std::vector<std::string> words = split_words(name);
    for (auto& w : words) {
        // "UBND," in a list: the mark stays after the name.
        std::size_t end = w.size();
        while (end > 0 && (w[end - 1] == ',' || w[end - 1] == ';' || w[end - 1] == '.')) --end;
        for (const auto& [abbr, full] : kOfficialAbbreviations)
            if (std::string_view(w).substr(0, end) == abbr) w = std::string(full) + w.substr(end);
    }
    return join_words(words);
}

}  // namespace vbtrack
