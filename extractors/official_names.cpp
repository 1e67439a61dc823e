#include "extractors/official_names.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "extractors/school_names.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

// Administrative levels, one or two words; the place name follows them.
struct Spelling {
    std::string_view folded;
    std::string_view spelled;
};
// "khu vực" is the area a unit of a regional agency is named by ("Chi cục Thuế
// khu vực X - Y", "Kho bạc Nhà nước khu vực III"): its places follow it as a level's do.
constexpr std::array<Spelling, 10> kLevels = {{
    {"thanh pho", "thành phố"}, {"thi xa", "thị xã"}, {"thi tran", "thị trấn"}, {"dac khu", "đặc khu"},
    {"khu vuc", "khu vực"},     {"tinh", "tỉnh"},     {"huyen", "huyện"},       {"xa", "xã"},
    {"quan", "quận"},           {"phuong", "phường"},
}};

bool has_level_from(const std::vector<std::string>& folded_words, std::size_t i);

// The level word(s) starting at word i, as the number of words it spans (0 = none).
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

// True when a level word starts at word i or later ("... tỉnh Thái Nguyên").
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

// A level word as written, marks and all, or without any marks ("tinh"): inside a
// place name a word that only folds like one is part of the name ("Hà Tĩnh").
bool is_written_level(const std::vector<std::string>& words, const std::vector<std::string>& folded_words,
                      std::size_t i) {
    const std::size_t n = level_at(folded_words, i);
    if (n == 0) return false;
    const std::string written = to_lower(join_words(words, i, i + n));
    return written == level_spelling(folded_words, i, n) || written == join_words(folded_words, i, i + n);
}

// Folded level name -> the level key used in Localities.
std::string level_key(const std::vector<std::string>& words, std::size_t i, std::size_t n) {
    return to_lower(join_words(words, i, i + n));
}

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

std::vector<std::string> folded_words_of(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const auto& w : words) out.push_back(folded(w));
    return out;
}

// A party committee ("Tỉnh ủy", "Đảng ủy") or the Youth Union's committee of a
// level ("Tỉnh đoàn", "Huyện đoàn"; not "quân đoàn", an army corps, nor "đảng đoàn").
bool is_committee(const std::vector<std::string>& f, std::size_t i) {
    if (i + 1 >= f.size()) return false;
    const bool level = f[i] == "tinh" || f[i] == "huyen" || f[i] == "thanh" || f[i] == "quan" || f[i] == "thi";
    if (f[i + 1] == "uy") return level || f[i] == "dang";
    return f[i + 1] == "doan" && level && f[i] != "quan";
}

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

std::size_t word_count(std::string_view phrase) {
    return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

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
        // A ministry, department or office is named by the word after its head: "Bộ Nội vụ", "Sở Tài chính".
        if (is_unit_head(f[i]) && i + 1 < words.size()) {
            // "Chi cục", "Tổng cục": the head is the pair, its second word in lower case.
            const bool second_of_pair = i > 0 && (f[i - 1] == "chi" || f[i - 1] == "tong");
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
