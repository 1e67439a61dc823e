#include "extractors/responsibility.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "extractors/sentences.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

constexpr std::size_t kMaxNameWords = 16;

// One word of a sentence: its bytes in the text, its folded form without edge
// punctuation, and the punctuation that ends it.
struct Word {
    TextSpan span;      // without trailing punctuation
    std::string f;      // lower case
    bool upper = false;  // starts with a capital
    bool title = false;  // a capital, then lower case: "Xuân", not "UBND" or "PT-TH"
    char punct = 0;      // ',', ';', ':', '.' right after the word, or 0
    bool predicate = false;  // a verb of what the body does starts here (see mark_predicates)
    bool stop = false;       // a name ends before this word: a verb or a preposition
    bool inferred = false;   // the predicate is known only from the level that ends the name before it
};

void mark_predicates(std::vector<Word>& w);
void keep_specifiers(std::vector<Word>& w);
bool level_noun(const Word& w);
bool after_level_noun(const std::vector<Word>& w, std::size_t i);
bool listed_predicate(const std::vector<Word>& w, std::size_t i);
bool phrase_at(const std::vector<Word>& w, std::size_t i, std::string_view phrase);

bool is_time_word(const Word& w) {
    for (std::string_view t : {"quý", "tháng", "năm", "ngày", "tuần", "đợt", "giai"})
        if (w.f == t) return true;
    return false;
}
bool body_head_at(const std::vector<Word>& w, std::size_t i);

std::vector<Word> words_of(const std::string& s, TextSpan sentence) {
    std::vector<Word> out;
    std::size_t i = sentence.begin;
    while (i < sentence.end) {
        while (i < sentence.end && (s[i] == ' ' || s[i] == '\n')) ++i;
        std::size_t b = i;
        while (i < sentence.end && s[i] != ' ' && s[i] != '\n') ++i;
        if (i == b) break;
        Word w;
        std::size_t e = i;
        if (e > b && std::string_view(",;:.").find(s[e - 1]) != std::string_view::npos) {
            w.punct = s[e - 1];
            --e;
            if (e > b && s[e - 1] == '.' && w.punct == '.') --e;  // "./."
        }
        w.span = {b, e};
        w.f = to_lower(std::string_view(s).substr(b, e - b));
        std::size_t pos = b;
        w.upper = b < e && is_upper(utf8::next(s, pos));
        w.title = w.upper && pos < e && is_lower(utf8::next(s, pos));
        out.push_back(std::move(w));
    }
    mark_predicates(out);
    keep_specifiers(out);
    return out;
}

bool is_marker(const Word& w) {
    // "-", "+", "1.", "2.1.", "a)", "IV."
    if (w.f == "-" || w.f == "+" || w.f == "*" || w.f == "–") return true;
    std::string_view f = w.f;
    std::string_view raw = f;
    if (!raw.empty() && raw.back() == ')') raw.remove_suffix(1);
    else if (w.punct != '.') return false;
    if (raw.empty()) return false;
    bool digits = raw.find_first_not_of("0123456789.") == std::string_view::npos;
    bool roman = raw.find_first_not_of("ivxl") == std::string_view::npos && w.upper;
    std::size_t pos = 0;
    utf8::next(raw, pos);
    bool letter = pos == raw.size() && f.back() == ')';  // "a)", "đ)"
    return digits || roman || letter;
}

// Words that begin what a body is asked to do: where a body's name ends.
constexpr std::string_view kPredicates[] = {
    "tham mưu",   "thẩm định",  "hoàn thành",  "làm",         "rà soát",    "thường xuyên", "hướng dẫn",
    "tổ chức",    "chỉ đạo",    "tập trung",   "chuẩn bị",    "dự thảo",    "xây dựng",     "triển khai",
    "thực hiện",  "theo dõi",   "đôn đốc",     "tổng hợp",    "báo cáo",    "gửi",          "có trách nhiệm",
    "kiểm tra",   "đề xuất",    "cung cấp",    "bố trí",      "phối hợp",   "chủ trì",      "lãnh đạo",
    "xem xét",    "ban hành",   "nghiên cứu",  "tuyên truyền", "giải quyết", "huy động",    "căn cứ",
    "lập",        "trình",      "đảm bảo",     "bảo đảm",     "tiếp tục",   "phấn đấu",     "quán triệt",
    "phân công",  "thông báo",  "tăng cường",  "kịp thời",    "khẩn trương", "chịu trách nhiệm", "nắm bắt",
    "chủ động",   "tiếp nhận",   "định kỳ",     "nghiêm túc", "cập nhật",     "vận động",
    "giám sát",   "tham gia",   "thu thập",    "đẩy mạnh",    "đánh giá",   "hỗ trợ",       "khắc phục",
    "tiếp xúc",   "làm sạch",   "hoàn thiện",  "điều hành",   "đưa",        "xử lý",        "nạo vét",
    "chăm sóc",   "nâng cao",   "duy trì",     "trả lời",     "sơ tuyển",   "dọn dẹp",      "thống kê",
    "phát biểu",  "ứng cử",     "yêu cầu",     "đề nghị",
    // What bodies are told to do with money, order, information and people.
    "ưu tiên",    "giữ vững",   "giữ gìn",     "kiểm soát",   "chi trả",    "thanh toán",   "giải ngân",
    "phân bổ",    "cấp phát",   "bàn giao",    "tiếp thu",    "phổ biến",   "thẩm tra",     "phê duyệt",
    "điều chỉnh", "bổ sung",    "sửa đổi",     "chấn chỉnh",  "thu hồi",    "xác minh",     "công khai",
    "công bố",    "niêm yết",   "đăng tải",    "phát động",  "vận hành",     "sắp xếp",
    "rút kinh nghiệm", "phát hiện", "ngăn chặn", "phòng ngừa", "ứng phó",     "khảo sát",
    "lựa chọn",   "giới thiệu", "chuyển",      "nộp",         "phát huy",   "nhân rộng",    "lồng ghép",
    "kiện toàn",  "tập huấn",
    // Adverbs that open what a body does, as "kịp thời" and "chủ động" above.
    "trực tiếp",
    // Verbs that carry another: "tiến hành giám sát", "giúp X kiểm tra".
    "tiến hành", "giúp", "tổng kết", "sơ kết",
};

// Words that end a name without being what the body does ("là cơ quan ...", "theo quy định").
// Tense and aspect words too: they stand before a verb, never in a name, and a
// body that "đã" (has) done something is reported on, not given a task.
// "kính" opens the courtesy of a submission ("... kính trình", "kính đề nghị").
constexpr std::string_view kNameStops[] = {"là",  "được", "để",   "theo", "tại", "về",  "trước", "nhằm", "đến", "trong",
                                           "sau", "đã",   "đang", "chưa", "cũng", "vẫn", "đều",  "luôn", "kính"};
// Modal words open what a body is asked to do ("Sở X cần ưu tiên ...").
constexpr std::string_view kModals[] = {"cần", "phải", "sẽ", "hãy", "có thể"};

// A verb's syllables that also end a common noun ("công trình", "dự án đầu tư xây
// dựng"): after these words they belong to the noun, which may be part of a name
// ("Công ty Quản lý công trình thủy lợi", "Ban Quản lý dự án đầu tư xây dựng huyện").
struct NounCompound {
    std::string_view before;  // the word(s) before, lower case in the text
    std::string_view verb;
};
constexpr NounCompound kNounCompounds[] = {
    {"công", "trình"}, {"chương", "trình"}, {"quy", "trình"}, {"lộ", "trình"},  {"tờ", "trình"},
    {"tiến", "trình"}, {"giáo", "trình"},   {"hành", "trình"}, {"đầu tư", "xây"},
};

bool ends_noun_compound(const std::vector<Word>& w, std::size_t i) {
    for (const auto& nc : kNounCompounds) {
        if (w[i].f != nc.verb) continue;
        std::size_t parts = nc.before.find(' ') == std::string_view::npos ? 1 : 2;
        if (i < parts) continue;
        std::string before;
        bool lower = true;
        for (std::size_t k = i - parts; k < i; ++k) {
            if (w[k].punct || w[k].upper) lower = false;
            before += (k > i - parts ? " " : "") + w[k].f;
        }
        if (lower && before == nc.before) return true;
    }
    return false;
}

// Words that may follow a place name inside a body's name: its level or a link
// to the next part ("Mặt trận Tổ quốc Việt Nam tỉnh", "Quảng Trị và ...").
constexpr std::string_view kAfterPlace[] = {"tỉnh", "huyện", "xã", "thị", "thành", "quận", "phường", "cấp", "và",
                                            "của", "-", "–", "khu", "chi", "khóa", "nhiệm", "lần"};

// "Đồn Biên phòng Bản Vược giữ vững ...", "Kho bạc Nhà nước Thọ Xuân kiểm soát ...":
// a name ends with its place, a run of two or more title-case syllables after a
// lower-case word; a lower-case word after it that is not a level or a link is
// where the sentence's verb starts, listed or not.
bool after_place_name(const std::vector<Word>& w, std::size_t i) {
    if (i < 3 || w[i].upper) return false;
    std::size_t run = 0;
    std::size_t k = i;
    while (k > 0 && w[k - 1].title && !w[k - 1].punct && w[k - 1].f != "các") {
        --k;
        ++run;
    }
    // The run is inside a name: after one of its lower-case words, not after a
    // verb or a preposition, and not itself the start of a name ("với Sở Giáo dục").
    if (run < 2 || k == 0 || w[k - 1].upper || w[k - 1].punct || w[k - 1].stop) return false;
    for (std::string_view word : {"với", "và", "của", "giao", "cho", "các", "những"})
        if (w[k - 1].f == word) return false;
    if (body_head_at(w, k)) return false;
    for (std::string_view link : kAfterPlace)
        if (w[i].f == link) return false;
    return true;
}

// "Ủy ban nhân dân huyện quan tâm ...", "... các huyện, thành phố cung ứng ...":
// a name ends with its level when no place follows; the lower-case word after it
// is the verb, listed or not. Words that go on from a level are not: a link or
// another level (kAfterPlace), the nouns it forms ("xã hội", "huyện ủy", "tỉnh
// đoàn"), and after a plural level a relative clause that qualifies it ("Ủy ban
// nhân dân các xã chịu sự giám sát", "các huyện có dự án chậm tiến độ").
bool after_level_noun(const std::vector<Word>& w, std::size_t i) {
    if (i == 0 || w[i].upper || !level_noun(w[i - 1]) || w[i - 1].punct || w[i].stop) return false;
    for (std::string_view link : kAfterPlace)
        if (w[i].f == link) return false;
    // "Lãnh đạo Văn phòng UBND tỉnh phụ trách chủ trì, ...": a role verb a word or
    // two on says where the name ends.
    for (std::size_t k = i + 1; k <= i + 2 && k < w.size() && !w[k - 1].punct; ++k)
        for (std::string_view role : {"chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm"})
            if (phrase_at(w, k, role)) return false;
    for (std::string_view noun : {"hội", "ủy", "đội", "đoàn", "viên", "lộ", "nhà", "trưởng", "đảng"})
        if (w[i].f == noun) return false;
    bool plural = false;
    for (std::size_t k = i - 1; k > 0; --k) {
        if (w[k - 1].f == "các" || w[k - 1].f == "những") plural = true;
        if (!(level_noun(w[k - 1]) || w[k - 1].f == "thị" || w[k - 1].f == "thành" || w[k - 1].punct == ',') ||
            plural)
            break;
    }
    if (!plural) return true;
    for (std::string_view relative : {"có", "chịu", "thuộc", "trực", "liên", "nơi", "trong", "trên"})
        if (w[i].f == relative) return false;
    // "các xã biên giới niêm yết ...": a listed verb a word or two on ends the
    // qualifier of a plural level; with none, the word after the level is the verb.
    for (std::size_t k = i + 1; k <= i + 2 && k < w.size() && !w[k - 1].punct; ++k)
        if (listed_predicate(w, k)) return false;
    return true;
}

// Marks the words where a predicate (one to three syllables) starts, once per
// sentence: name lists ask for every word.
// Whether one of kPredicates (one to three syllables) starts at word i.
bool listed_predicate(const std::vector<Word>& w, std::size_t i) {
    static const auto table = [] {
        std::vector<std::string> out(std::begin(kPredicates), std::end(kPredicates));
        std::sort(out.begin(), out.end());
        return out;
    }();
    std::string joined = w[i].f;
    for (std::size_t n = 1; n <= 3 && i + n <= w.size(); ++n) {
        if (n > 1) {
            if (w[i + n - 2].punct) break;
            joined += ' ';
            joined += w[i + n - 1].f;
        }
        if (std::binary_search(table.begin(), table.end(), joined)) return true;
    }
    return false;
}

void mark_predicates(std::vector<Word>& w) {
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].upper) continue;
        // "các tổ chức", "sự giám sát", "việc thực hiện": nouns.
        if (i > 0 && (w[i - 1].f == "các" || w[i - 1].f == "những" || w[i - 1].f == "sự" || w[i - 1].f == "việc"))
            continue;
        for (std::string_view stop : kNameStops) w[i].stop = w[i].stop || w[i].f == stop;
        // "Thủ trưởng các cơ quan, đơn vị trong Khối", "... trong tỉnh": where the
        // bodies are is part of the name; "trong thời hạn", "trong năm" are not.
        if (w[i].f == "trong" && !w[i].punct && i + 1 < w.size() && (w[i + 1].upper || level_noun(w[i + 1])) &&
            !is_time_word(w[i + 1]))
            w[i].stop = false;
        // "X giao Y ...": X assigns; "giao thông", "giao dịch" are nouns that names hold.
        if (w[i].f == "giao" && !(i + 1 < w.size() && (w[i + 1].f == "thông" || w[i + 1].f == "dịch"))) w[i].stop = true;
        for (std::string_view modal : kModals) w[i].predicate = w[i].predicate || phrase_at(w, i, modal);
        w[i].stop = w[i].stop || w[i].predicate;
        // After a comma "tổ chức" is one more kind in a list ("các phòng, ban, tổ chức đoàn thể").
        if (i > 0 && w[i - 1].punct == ',' && w[i].f == "tổ") continue;
        if (ends_noun_compound(w, i)) continue;
        bool listed = listed_predicate(w, i);
        bool after_place = after_place_name(w, i);
        if (listed || after_place || after_level_noun(w, i)) {
            w[i].predicate = w[i].stop = true;
            w[i].inferred = !listed && !after_place;
        }
    }
}

bool predicate_at(const std::vector<Word>& w, std::size_t i) { return w[i].predicate; }

bool phrase_at(const std::vector<Word>& w, std::size_t i, std::string_view phrase) {
    std::size_t k = i;
    std::size_t start = 0;
    while (start < phrase.size()) {
        std::size_t sp = phrase.find(' ', start);
        std::string_view part = phrase.substr(start, sp == std::string_view::npos ? std::string_view::npos : sp - start);
        if (k >= w.size() || w[k].f != part) return false;
        if (sp != std::string_view::npos && w[k].punct) return false;
        ++k;
        start = sp == std::string_view::npos ? phrase.size() : sp + 1;
    }
    return true;
}

// First words of a body's name.
constexpr std::string_view kBodyHeads[] = {
    "ủy ban",    "ubnd",     "hđnd",       "hội đồng",  "sở",         "phòng",      "ban",       "văn phòng",
    "công an",   "bộ",       "cục",        "chi cục",   "tổng cục",   "trung tâm",  "đảng ủy",   "đảng đoàn",
    "tỉnh ủy",   "huyện ủy", "thành ủy",   "các",       "thường trực", "kho bạc",   "bảo hiểm",  "đội",
    "công chức", "trưởng",   "chủ tịch",   "giám đốc",  "thủ trưởng", "hiệu trưởng", "lãnh đạo", "tổ",
    "viện",      "mặt trận", "đoàn",       "hội",       "chi bộ",     "công ty",    "ngân hàng", "cơ quan",
    "ubmttq",    "ub",       "tt",         "chánh",     "ủy",         "đại biểu",   "bệnh viện", "trạm",
    "người đứng đầu"};

// First words of a name only when capitalized: lower case they are common words
// ("báo cáo", "đài", "trường hợp", "thanh tra" the verb, "tỉnh đoàn" in a sentence).
constexpr std::string_view kCapitalizedBodyHeads[] = {
    "báo",       "đài",       "đồn",       "trường",    "quỹ",      "chi nhánh", "hạt",     "thanh tra",
    "tỉnh đoàn", "huyện đoàn", "thành đoàn", "thị đoàn", "liên đoàn", "bưu điện", "điện lực", "tòa án",
    "hợp tác xã", "tổng công ty", "chi đoàn", "chi hội", "cảnh sát", "đảng bộ", "cấp ủy"};

std::size_t words_in(std::string_view phrase) { return 1 + std::count(phrase.begin(), phrase.end(), ' '); }

// The number of words of the body head starting at word i (0: none).
std::size_t head_length(const std::vector<Word>& w, std::size_t i) {
    if (i >= w.size()) return 0;
    if (phrase_at(w, i, "tổ chức")) return 0;  // "Tổ chức thực hiện": the activity, not a team
    // Meetings and members, not bodies: "Hội nghị Ban Chấp hành", "hội viên".
    for (std::string_view not_body : {"hội nghị", "hội thảo", "hội thi", "hội viên", "đoàn viên"})
        if (phrase_at(w, i, not_body)) return 0;
    // "Lãnh đạo Văn phòng", "Lãnh đạo các sở": the leaders of a body; "Lãnh đạo phát triển ...": the verb.
    if (phrase_at(w, i, "lãnh đạo")) return head_length(w, i + 2) ? 2 : 0;
    for (std::string_view h : kBodyHeads)
        if (phrase_at(w, i, h)) return words_in(h);
    if (!w[i].upper || phrase_at(w, i, "báo cáo") || phrase_at(w, i, "trường hợp")) return 0;
    for (std::string_view h : kCapitalizedBodyHeads)
        if (phrase_at(w, i, h)) return words_in(h);
    return 0;
}

bool body_head_at(const std::vector<Word>& w, std::size_t i) { return head_length(w, i) > 0; }

// Heads that name a kind of body, not one body: "Ủy ban", "Đoàn", "Tổ" need the
// word after them ("Ủy ban kiểm tra ...", "Đoàn giám sát", "Tổ công tác"), so that
// word is part of the name even when it is also a verb.
constexpr std::string_view kHeadsNeedingSpecifier[] = {
    "ủy ban",  "hội đồng", "sở",   "phòng", "ban",   "cục",   "chi cục",    "tổng cục", "trung tâm", "đội",
    "tổ",      "viện",     "đoàn", "hội",   "công ty", "ngân hàng", "bệnh viện", "trạm", "kho bạc", "mặt trận",
    "báo",     "đài",      "đồn",  "trường", "quỹ",  "chi nhánh", "hạt",    "liên đoàn"};

// Whether a body's head ends right before word i ("Văn phòng | Ban"): a head
// there is the specifier of that head, not a name of its own.
bool head_ends_before(const std::vector<Word>& w, std::size_t i) {
    for (std::size_t k = 1; k <= 3 && k <= i; ++k)
        if (head_length(w, i - k) == k) return true;
    return false;
}

void keep_specifiers(std::vector<Word>& w) {
    for (std::size_t h = 0; h + 1 < w.size(); ++h) {
        // A head opens a name when capitalized or after "các" ("các đoàn kiểm tra"),
        // and not inside another name ("Văn phòng Ban xây dựng ...": "Ban" is the specifier).
        bool opens = w[h].upper || (h > 0 && (w[h - 1].f == "các" || w[h - 1].f == "những"));
        bool inside = h > 0 && !w[h - 1].punct && (w[h - 1].upper || head_ends_before(w, h));
        if (!opens || inside || w[h].predicate) continue;
        for (std::string_view head : kHeadsNeedingSpecifier) {
            std::size_t n = words_in(head);
            if (!phrase_at(w, h, head) || head_length(w, h) != n || h + n >= w.size() || w[h + n - 1].punct) continue;
            Word& next = w[h + n];
            if (!next.upper) next.predicate = next.stop = false;
            break;
        }
    }
}

std::string name_text(const std::string& s, const std::vector<Word>& w, std::size_t b, std::size_t e) {
    TextSpan span{w[b].span.begin, w[e - 1].span.end};
    std::string name = collapse_spaces(std::string_view(s).substr(span.begin, span.size()));
    while (!name.empty() && std::string_view(",;:.").find(name.back()) != std::string_view::npos) name.pop_back();
    // "các ban,ngành": a typed list missing its space is the same name as "các ban, ngành".
    for (std::size_t at = name.find(','); at != std::string::npos; at = name.find(',', at + 1))
        if (at + 1 < name.size() && name[at + 1] != ' ') name.insert(name.begin() + static_cast<std::ptrdiff_t>(at) + 1, ' ');
    return capitalize_first(name);
}

struct NameRange {
    std::size_t begin, end;  // word indices
};

// Last syllables of the nouns of an administrative level: "tỉnh", "huyện", "xã",
// "thị xã", "thị trấn", "thành phố", "phường", "quận".
bool level_noun(const Word& w) {
    if (w.upper) return false;
    for (std::string_view level : {"tỉnh", "huyện", "xã", "trấn", "phố", "phường", "quận"})
        if (w.f == level) return true;
    return false;
}

// Whether the name [start, last] is closed by its level and place: "... huyện",
// "... tỉnh Trà Vinh". A collective head's places go on ("Ủy ban nhân dân các
// huyện A, B, C" is one name), and a name still in its specifier ("Chi cục Chăn
// nuôi, Thú y và Thủy sản") is not closed either.
bool closed_by_place(const std::vector<Word>& w, std::size_t start, std::size_t last) {
    std::size_t k = last + 1;
    while (k > start + 1 && w[k - 1].title && (k - 1 == last || !w[k - 1].punct)) --k;
    if (k == last + 1) return level_noun(w[last]);  // no place after the level
    if (k == start || !level_noun(w[k - 1]) || w[k - 1].punct) return false;
    return !(k >= 2 && w[k - 2].f == "các");
}

// "UBND", "HĐND": abbreviations that also stand inside a name ("Văn phòng HĐND và UBND huyện").
bool abbreviation(const Word& w) {
    return w.upper && !w.title;
}

// A comma starts a new name before a body's head or "các", or after a name its
// place has closed; before another capitalized word it goes on with the name.
bool new_name_after_comma(const std::vector<Word>& w, std::size_t start, std::size_t comma) {
    const Word& next = w[comma + 1];
    if (next.f == "các") return true;
    if (!next.upper) return false;
    return body_head_at(w, comma + 1) || closed_by_place(w, start, comma);
}

// "và" starts a new name before "các", and before a body's head once the list has
// a comma, after a closed name, or when the head is not an abbreviation.
bool new_name_after_and(const std::vector<Word>& w, std::size_t start, std::size_t va, bool listed) {
    const Word& next = w[va + 1];
    if (next.f == "các") return true;
    if (!body_head_at(w, va + 1)) return false;
    return listed || closed_by_place(w, start, va - 1) || !abbreviation(next);
}

// The names of a list starting at word b: "Sở Tư pháp, Sở Lao động - Thương binh
// và Xã hội, Bảo hiểm xã hội tỉnh làm sạch ..." -> three names. The list ends at
// a predicate or at ':' ';' '.'; items split at a comma before a capital or
// "các", at "và các", and, once the list has a comma, at "và" before a body:
// "X, Y và đại biểu Z" is three.
std::vector<NameRange> name_list(const std::vector<Word>& w, std::size_t b, std::size_t* list_end = nullptr) {
    std::vector<NameRange> out;
    std::size_t start = b, i = b;
    for (; i < w.size() && i - b < kMaxNameWords * 2; ++i) {
        if (i > start && w[i].stop) break;
        if (w[i].f == "và" && i + 1 < w.size() && i > start && new_name_after_and(w, start, i, !out.empty())) {
            out.push_back({start, i});
            start = i + 1;
            continue;
        }
        char p = w[i].punct;
        if (p == ':' || p == ';' || p == '.') {
            ++i;
            break;
        }
        if (p == ',' && i + 1 < w.size() && new_name_after_comma(w, start, i)) {
            out.push_back({start, i + 1});
            start = i + 1;
        }
    }
    if (i > start) out.push_back({start, i});
    if (list_end) *list_end = i;
    std::erase_if(out, [](const NameRange& r) { return r.end <= r.begin || r.end - r.begin > kMaxNameWords; });
    return out;
}

// Words [b, e) read as a body's name: it starts like one, has no verb inside,
// and does not end on a function word ("của", "và").
bool is_name_span(const std::vector<Word>& w, std::size_t b, std::size_t e) {
    if (e <= b || e - b > 2 * kMaxNameWords || !body_head_at(w, b)) return false;
    for (std::size_t k = b + 1; k < e; ++k)
        if (w[k].stop) return false;
    const Word& last = w[e - 1];
    return last.f != "của" && last.f != "và" && last.f != "các" && last.f != "với";
}

// Names the document delimits by itself: a recipient or "Kính gửi" line ("- Phòng
// Văn hóa và Thông tin;"), a heading naming a body. Folded words; only names with
// a capitalized word after the head, which a sentence cannot continue in lower case.
using KnownNames = std::vector<std::vector<std::string>>;

KnownNames delimited_names(const DocumentText& text) {
    KnownNames out;
    for (std::size_t line = 0; line < text.line_count(); ++line) {
        TextSpan span = text.lines()[line].span;
        std::string_view l = text.line_text(line);
        if (auto paren = l.find('('); paren != std::string_view::npos) span.end = span.begin + paren;  // "(b/c)"
        std::vector<Word> w = words_of(text.text(), span);
        std::size_t b = 0;
        while (b < w.size() && is_marker(w[b])) ++b;
        if (b + 1 < w.size() && w[b].f == "kính" && w[b + 1].f == "gửi") b += 2;
        else if (b == 0) continue;  // a plain line: no delimiter says where its names end
        if (b >= w.size() || !body_head_at(w, b)) continue;
        std::size_t end = 0;
        auto names = name_list(w, b, &end);
        if (end != w.size()) continue;  // a sentence, not a list of names
        for (auto r : names) {
            std::size_t h = r.begin + head_length(w, r.begin);
            if (r.end - r.begin > 12 || std::none_of(w.begin() + h, w.begin() + r.end, [](const Word& x) { return x.upper; }))
                continue;
            std::vector<std::string> name;
            for (std::size_t k = r.begin; k < r.end; ++k) name.push_back(w[k].f);
            out.push_back(std::move(name));
        }
    }
    return out;
}

// "Phòng Văn hóa và Thông tin soạn thảo ...": where the document delimits a name
// elsewhere, the lower-case word after it here is the verb, listed or not.
void mark_known_name_ends(std::vector<Word>& w, const KnownNames& known) {
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (!w[i].upper || (i > 0 && !w[i - 1].punct && (w[i - 1].upper || head_ends_before(w, i)))) continue;
        for (const auto& name : known) {
            std::size_t e = i + name.size();
            if (e >= w.size() || w[e - 1].punct || w[e].upper || w[e].predicate) continue;
            bool same = true;
            for (std::size_t k = 0; k < name.size() && same; ++k) same = w[i + k].f == name[k];
            bool goes_on = level_noun(w[e]) || std::any_of(std::begin(kAfterPlace), std::end(kAfterPlace),
                                                           [&](std::string_view link) { return w[e].f == link; });
            if (same && !goes_on) w[e].predicate = w[e].stop = true;
        }
    }
}

class SentenceRoles {
public:
    SentenceRoles(const DocumentText& text, TextSpan sentence, const std::string& subject, const RoleContext& context,
                  const KnownNames& known)
        : s_(text.text()), w_(words_of(s_, sentence)), subject_(subject), context_(context) {
        while (lead_ < w_.size() && is_marker(w_[lead_])) ++lead_;
        mark_known_name_ends(w_, known);
    }

    std::vector<RoleAssignment> run() {
        if (w_.empty()) return {};
        execution_clause();
        std::optional<std::string> lead;
        for (std::size_t i = 0; i < w_.size(); ++i) {
            if (phrase_at(w_, i, "chủ trì") && leads_action(i + 2)) lead = assign_subject(i, "chủ trì", "role.chu_tri");
            else if (phrase_at(w_, i, "phối hợp với")) partners(i);
            else if (phrase_at(w_, i, "giao") && clause_start(i)) given(i + 1, "role.giao");
            else if (std::size_t n = monitoring_verb(i)) {
                clause_start(i) ? heading_role("theo dõi", i) : monitor(i, lead);
                // "theo dõi, đôn đốc, hướng dẫn ...": one monitoring task.
                i += n - 1;
                while (w_[i].punct == ',' && i + 1 < w_.size() && monitoring_verb(i + 1)) i += monitoring_verb(i + 1);
            }
            else if (phrase_at(w_, i, "lãnh đạo") && !clause_start(i)) leads_other(i);
            else if (phrase_at(w_, i, "chỉ đạo") && i == lead_) directed(i + 2, "role.chi_dao.item");
            else if (phrase_at(w_, i, "chỉ đạo") && !advised(clause_begin(i))) leads_other(i);
            else if ((phrase_at(w_, i, "có trách nhiệm") || (phrase_at(w_, i, "chịu trách nhiệm") && !phrase_at(w_, i + 3, "thi hành"))) &&
                     !clause_start(i))
                assign_subject(i, "thực hiện", "role.trach_nhiem");
            // A report's "Đề nghị X ..." asks its superior for help: a recommendation, not a task.
            else if (phrase_at(w_, i, "đề nghị") && (!clause_start(i) || !context_.narrative)) requested(i + 2);
            else if (phrase_at(w_, i, "yêu cầu") && !clause_start(i)) requested(i + 2);
        }
        subject_verb();
        return std::move(out_);
    }

private:
    void add(std::string name, std::string role, TextSpan span, std::string rule) {
        if (name.empty()) return;
        for (const auto& r : out_)
            if (folded(r.name) == folded(name) && r.role == role) return;
        out_.push_back({std::move(name), std::move(role), span, std::move(rule)});
    }
    void add_range(NameRange r, const std::string& role, const std::string& rule) {
        add(name_text(s_, w_, r.begin, r.end), role, {w_[r.begin].span.begin, w_[r.end - 1].span.end}, rule);
    }

    // Where the clause holding word i starts: after a marker, ';', a directive verb or "đồng thời".
    std::size_t clause_begin(std::size_t i) const {
        std::size_t b = i;
        while (b > 0) {
            const Word& prev = w_[b - 1];
            if (prev.punct == ';' || prev.punct == ':' || prev.punct == '.' || b <= lead_) break;
            if ((prev.f == "giao" && clause_start(b - 1)) || prev.f == "thời" || prev.f == "nghị" || prev.f == "cầu" ||
                (prev.f == "đạo" && b >= 2 && w_[b - 2].f == "chỉ") || (prev.f == "mưu" && b >= 2 && w_[b - 2].f == "tham"))
                break;
            --b;
        }
        return b;
    }
    bool clause_start(std::size_t i) const {
        return i <= lead_ || w_[i - 1].punct == ';' || w_[i - 1].punct == '.' || w_[i - 1].punct == ':';
    }
    // "chủ trì" as a role is followed by ',' "phối hợp" or an action, not by the thing chaired.
    bool leads_action(std::size_t next) const {
        if (next >= w_.size()) return false;
        if (w_[next - 1].punct == ',') return true;
        return predicate_at(w_, next);
    }

    // The body before word i in its clause; the heading's body when there is none.
    std::string assign_subject(std::size_t i, const std::string& role, const std::string& rule) {
        std::size_t b = clause_begin(i);
        std::size_t e = i;
        // "Sở X là cơ quan thường trực ..., có trách nhiệm chủ trì": the name ends before "là" or a comma.
        for (std::size_t k = b; k < i; ++k) {
            if (w_[k].f == "là" || phrase_at(w_, k, "có trách nhiệm") || (k > b && phrase_at(w_, k, "đồng thời"))) {
                e = k;
                break;
            }
        }
        while (e > b && (phrase_at(w_, e - 1, "thời") || w_[e - 1].f == "đồng")) --e;
        if (e > b) {
            if (!is_name_span(w_, b, e)) {
                if (!qualified_by_participle(b, e, i)) return {};
                add_range({b, e}, role, rule);
                return remember(name_text(s_, w_, b, e));
            }
            std::string first;
            for (auto r : name_list(w_, b)) {
                r.end = std::min(r.end, e);
                if (r.end <= r.begin) continue;
                add_range(r, role, rule);
                if (first.empty()) first = name_text(s_, w_, r.begin, r.end);
            }
            return remember(first);
        }
        if (!subject_.empty()) add(subject_, role, {w_[i].span.begin, w_[i].span.end}, rule + ".heading");
        return subject_;
    }
    std::string remember(std::string name) {
        if (sentence_subject_.empty()) sentence_subject_ = name;
        return name;
    }
    // "Các đồng chí Đảng ủy viên được phân công phụ trách chi bộ có trách nhiệm ...":
    // before "có/chịu trách nhiệm", which only a subject precedes, a passive
    // participle with its complement qualifies one name.
    bool qualified_by_participle(std::size_t b, std::size_t e, std::size_t verb) const {
        if (!phrase_at(w_, verb, "có trách nhiệm") && !phrase_at(w_, verb, "chịu trách nhiệm")) return false;
        for (std::size_t k = b; k + 1 < e; ++k)
            if (w_[k].punct) return false;
        for (std::size_t k = b + 1; k < e; ++k)
            if (w_[k].f == "được") return is_name_span(w_, b, k);
        return false;
    }
    void partners(std::size_t i) {
        for (auto r : name_list(w_, i + 3, &partners_end_)) add_range(r, "phối hợp", "role.phoi_hop_voi");
        // "Y phối hợp với X làm ...": with no lead named, Y carries the task out and
        // X takes part (not when "chủ trì, phối hợp").
        bool after_lead = i >= 2 && w_[i - 1].f == "trì" && w_[i - 2].f == "chủ";
        if (!after_lead) assign_subject(i, "thực hiện", "role.phoi_hop");
    }
    // The words of a monitoring verb at i (0: none): "theo dõi", "đôn đốc", "giám
    // sát" and "kiểm tra, giám sát" ("kiểm tra" alone is a task of its own).
    std::size_t monitoring_verb(std::size_t i) const {
        if (i + 1 >= w_.size() || !(w_[i].predicate || clause_start(i))) return 0;
        if (phrase_at(w_, i, "theo dõi") || phrase_at(w_, i, "đôn đốc") || phrase_at(w_, i, "giám sát")) return 2;
        if (phrase_at(w_, i, "kiểm tra") && w_[i + 1].punct == ',' && i + 3 < w_.size() && phrase_at(w_, i + 2, "giám sát"))
            return 4;
        return 0;
    }
    // "- Chỉ đạo Ủy ban nhân dân các xã rà soát ...": the bodies directed carry it
    // out, unless their own clause gives them a role ("Chỉ đạo Sở X chủ trì, ...").
    void directed(std::size_t k, const std::string& rule) {
        if (k >= w_.size() || !body_head_at(w_, k)) return;
        std::size_t end = 0;
        auto names = name_list(w_, k, &end);
        if (end >= w_.size() || !w_[end].predicate || w_[end - 1].punct) return;
        if (phrase_at(w_, end, "chủ trì") || phrase_at(w_, end, "phối hợp")) return;
        for (auto r : names) add_range(r, "thực hiện", rule);
    }
    // "Giao X <verb> ...": the verb right after the names gives their role; "chủ
    // trì" and "phối hợp với" are read where they stand, a monitoring verb is
    // "theo dõi" alone, any other verb is a task carried out.
    void given(std::size_t b, const std::string& rule) {
        std::size_t end = 0;
        auto names = name_list(w_, b, &end);
        bool verb_next = end < w_.size() && !w_[end - 1].punct;
        if (verb_next && (phrase_at(w_, end, "chủ trì") || phrase_at(w_, end, "phối hợp"))) return;
        bool monitors = verb_next && monitoring_verb(end);
        for (auto r : names) add_range(r, monitors ? "theo dõi" : "thực hiện", monitors ? rule + ".theo_doi" : rule);
    }
    // A clause without a subject: after ";" the sentence's own subject ("X có trách
    // nhiệm ...; theo dõi, đôn đốc ..."), else the heading's.
    void heading_role(const std::string& role, std::size_t i) {
        if (!sentence_subject_.empty() && i > lead_ && w_[i - 1].punct == ';')
            add(sentence_subject_, role, w_[i].span, "role.theo_doi.sentence");
        else if (!subject_.empty()) add(subject_, role, w_[i].span, "role.theo_doi.heading");
    }
    // With a lead in the sentence, the lead monitors when the verb follows it or its
    // partners ("X chủ trì, phối hợp với Y theo dõi ..."), not in a noun phrase
    // ("chương trình kiểm tra, giám sát").
    void monitor(std::size_t i, const std::optional<std::string>& lead) {
        if (!lead || lead->empty()) {
            assign_subject(i, "theo dõi", "role.theo_doi");
            return;
        }
        bool after_lead = i >= 2 && (phrase_at(w_, i - 2, "chủ trì") || phrase_at(w_, i - 2, "phối hợp"));
        if (after_lead || i == partners_end_) add(*lead, "theo dõi", w_[i].span, "role.theo_doi.lead");
    }
    // "tham mưu X chỉ đạo ...": X is advised to direct, and gives no one a task yet.
    bool advised(std::size_t b) const { return b >= 2 && phrase_at(w_, b - 2, "tham mưu"); }
    // "X lãnh đạo, chỉ đạo Y ...", "X chỉ đạo Y tổ chức ...": both carry it out;
    // "X chỉ đạo Y chủ trì, phối hợp với Z": Y's role is the one its clause gives.
    void leads_other(std::size_t i) {
        std::size_t b = clause_begin(i);
        if (!is_name_span(w_, b, i)) return;
        assign_subject(i, "thực hiện", "role.lanh_dao");
        std::size_t k = i + 2;
        if (k < w_.size() && w_[i + 1].punct == ',' && phrase_at(w_, k, "chỉ đạo")) k += 2;
        if (k >= w_.size() || !body_head_at(w_, k)) return;
        std::size_t end = 0;
        auto names = name_list(w_, k, &end);
        if (end < w_.size() && (phrase_at(w_, end, "chủ trì") || phrase_at(w_, end, "phối hợp"))) return;
        for (auto r : names) add_range(r, "thực hiện", "role.lanh_dao.object");
    }
    // "yêu cầu Thủ trưởng ..., Chủ tịch ..." — named bodies, not "các cơ quan, đơn vị" at large.
    void requested(std::size_t b) {
        // "theo yêu cầu của ...", "đề nghị của ...": the noun, not a request to someone.
        if (b >= w_.size() || w_[b].f == "của" || (b >= 3 && w_[b - 3].f == "theo")) return;
        auto names = name_list(w_, b);
        if (names.empty()) return;
        bool named = false;
        for (std::size_t k = names.front().begin; k < names.front().end; ++k) named = named || w_[k].upper;
        if (!named) return;
        for (auto r : names) add_range(r, "thực hiện", "role.yeu_cau");
    }
    // "1. Phòng Tài chính ... căn cứ ...", "- Thường trực HĐND xã thông báo ...",
    // "Trung tâm Y tế huyện cập nhật ...", "Các sở, ban, ngành; Ủy ban nhân dân các
    // huyện rà soát ...": a sentence whose subject is a body (or bodies, listed with
    // "," or ";") and whose verb follows.
    void subject_verb() {
        std::size_t b = 0;
        while (b < w_.size() && is_marker(w_[b])) ++b;
        const bool item = b > 0;
        if (!item && context_.narrative) return;
        b = after_fronted_adverbial(b);
        if (b >= w_.size() || !body_head_at(w_, b)) return;
        std::size_t end = 0;
        auto names = name_list(w_, b, &end);
        while (!names.empty() && end < w_.size() && w_[end - 1].punct == ';' && body_head_at(w_, end)) {
            std::size_t next_end = 0;
            auto more = name_list(w_, end, &next_end);
            if (more.empty()) break;
            names.insert(names.end(), more.begin(), more.end());
            end = next_end;
        }
        if (names.empty() || end >= w_.size() || !w_[end].predicate) return;
        // "X tuyên bố lý do, giới thiệu ...": a verb the list does not know came before the comma.
        if (w_[end - 1].punct == ',') return;
        // "Hội đồng nhân dân xã ghi nhận, ...": a plain sentence whose verb is known
        // only from where the name ends may narrate or acknowledge; a list item assigns.
        if (!item && w_[end].inferred) return;
        if (phrase_at(w_, end, "chủ trì") || phrase_at(w_, end, "phối hợp") || phrase_at(w_, end, "lãnh đạo")) return;
        if (!item && names.size() == 1 && is_issuer(names.front())) return;
        // "X giúp Y kiểm tra, giám sát ...": X does what the verb after Y says.
        if (phrase_at(w_, end, "giúp") && body_head_at(w_, end + 1)) {
            std::size_t helped_end = 0;
            name_list(w_, end + 1, &helped_end);
            if (helped_end < w_.size() && !w_[helped_end - 1].punct) end = helped_end;
        }
        if (!monitoring_verb(end)) {
            for (auto r : names) add_range(r, "thực hiện", "role.subject");
            return;
        }
        // "X theo dõi, đôn đốc ..., báo cáo ...": one monitoring task, its report
        // included; another task after ";" is one X carries out too.
        for (auto r : names) add_range(r, "theo dõi", "role.subject.theo_doi");
        for (std::size_t k = end; k + 1 < w_.size(); ++k) {
            if (w_[k].punct != ';' || !w_[k + 1].predicate || monitoring_verb(k + 1)) continue;
            if (phrase_at(w_, k + 1, "báo cáo") || phrase_at(w_, k + 1, "tổng hợp")) continue;
            for (auto r : names) add_range(r, "thực hiện", "role.subject.other_task");
            break;
        }
    }
    // The issuer, its term left out: "Ban Chấp hành Đảng bộ xã X khóa XIV, nhiệm kỳ
    // 2020 - 2025 ban hành ..." is the issuer's own voice.
    bool is_issuer(NameRange r) const {
        if (!context_.is_issuer) return false;
        for (std::size_t k = r.begin + 1; k < r.end; ++k)
            if (w_[k].f == "khóa" || w_[k].f == "nhiệm") {
                r.end = k;
                break;
            }
        return context_.is_issuer(name_text(s_, w_, r.begin, r.end));
    }
    // "Từ năm 2025, các huyện ủy ... gửi ...", "Hằng quý, Sở X báo cáo ...": the
    // subject after a short opening phrase of time, place or condition (it opens
    // with a preposition or a time word) and its comma; a phrase with a verb is a
    // clause of its own. (A sentence's first word is capitalized, so never marked a
    // predicate: "Phối hợp với Báo X, Đài Y ..." must not pass for an adverbial.)
    std::size_t after_fronted_adverbial(std::size_t b) const {
        if (b >= w_.size() || body_head_at(w_, b)) return b;
        static constexpr std::string_view kOpeners[] = {"từ",  "trong", "sau",  "trước", "đến",  "hằng",  "hàng",
                                                        "khi", "năm",   "tháng", "quý",  "định", "ngoài", "đối",
                                                        "tại", "trên",  "nhằm", "để",    "nếu"};
        if (std::none_of(std::begin(kOpeners), std::end(kOpeners), [&](std::string_view o) { return w_[b].f == o; }))
            return b;
        for (std::size_t k = b; k < w_.size() && k < b + 8; ++k) {
            if (w_[k].predicate) return b;
            if (w_[k].punct == ',') return body_head_at(w_, k + 1) ? k + 1 : b;
            if (w_[k].punct) return b;
        }
        return b;
    }
    // "... ; các ông, bà có tên tại Điều 1 và các tổ chức, cá nhân có liên quan
    // chịu trách nhiệm thi hành Quyết định này": everyone before it executes.
    void execution_clause() {
        std::size_t at = w_.size();
        for (std::size_t i = 0; i < w_.size(); ++i)
            if (phrase_at(w_, i, "chịu trách nhiệm thi hành")) at = i;
        if (at == w_.size()) return;
        std::size_t b = lead_;
        if (b + 1 < at && w_[b].f == "điều" && w_[b + 1].punct == '.') b += 2;  // "Điều 3. ..."
        while (b < at) {
            std::size_t e = b;
            while (e < at && w_[e].punct != ';') ++e;
            std::size_t end = std::min(e + 1, at);
            execution_part(b, end);
            b = end;
        }
    }
    void execution_part(std::size_t b, std::size_t e) {
        // "Giám đốc các sở: Kế hoạch và Đầu tư, Tài chính" -> "Giám đốc Sở Kế hoạch và Đầu tư", ...
        for (std::size_t k = b; k + 1 < e; ++k) {
            if (w_[k].f == "các" && w_[k + 1].f == "sở" && w_[k + 1].punct == ':') {
                std::string office = name_text(s_, w_, b, k);
                std::size_t start = k + 2;
                for (std::size_t i = start; i < e; ++i) {
                    if (w_[i].punct == ',' || w_[i].punct == ';' || i + 1 == e) {
                        std::string dept = collapse_spaces(std::string_view(s_).substr(
                            w_[start].span.begin, w_[i].span.end - w_[start].span.begin));
                        add(office + " Sở " + dept, "thực hiện", {w_[start].span.begin, w_[i].span.end},
                            "role.execution_clause");
                        start = i + 1;
                    }
                }
                return;
            }
        }
        // Items split at "và các" and at a comma before a capital or "các"; "có dự án ..." qualifiers end a name.
        std::size_t start = b;
        for (std::size_t i = b; i < e; ++i) {
            bool split_va = w_[i].f == "và" && i + 1 < e && w_[i + 1].f == "các";
            bool last = i + 1 == e;
            bool split_comma = w_[i].punct == ',' && i + 1 < e && (w_[i + 1].upper || w_[i + 1].f == "các");
            if (!(split_va || last || split_comma)) continue;
            std::size_t end = split_va ? i : i + 1;
            for (std::size_t k = start + 1; k < end; ++k)
                if (w_[k].f == "có" && k + 1 < end && (w_[k + 1].f == "dự" || w_[k + 1].f == "liên")) {
                    if (w_[k + 1].f == "dự") end = k;
                    break;
                }
            if (end > start) add_range({start, end}, "thực hiện", "role.execution_clause");
            start = split_va ? i + 1 : i + 1;
        }
    }

    const std::string& s_;
    std::vector<Word> w_;
    std::string subject_;
    const RoleContext& context_;
    std::size_t lead_ = 0;  // list markers ("-", "2.1.", "a)") opening the sentence
    std::string sentence_subject_;  // the first body a clause of this sentence gave a role
    std::size_t partners_end_ = 0;  // the word after the last "phối hợp với" list
    std::vector<RoleAssignment> out_;
};

// "3. Phòng Tổ chức-Hành chính-Quản trị", "2. Đề nghị Ủy ban MTTQ xã và ...",
// "1. Nhiệm vụ của Tổ công tác": a heading naming who the lines under it address.
std::optional<std::string> heading_subject(const DocumentText& text, std::size_t line,
                                           std::vector<RoleAssignment>& out) {
    const std::string& s = text.text();
    std::string_view l = trim(text.line_text(line));
    if (l.size() > 140 || l.empty() || std::string_view(".;:").find(l.back()) != std::string_view::npos) return {};
    std::vector<Word> w = words_of(s, text.lines()[line].span);
    std::size_t b = 0;
    while (b < w.size() && is_marker(w[b])) ++b;
    if (b == 0 || b >= w.size() || is_all_caps(l)) return {};
    if (phrase_at(w, b, "nhiệm vụ của")) b += 3;
    else if (phrase_at(w, b, "đề nghị")) b += 2;
    if (!body_head_at(w, b)) return {};
    // A heading is a name, not a sentence: no predicate after the name starts.
    std::size_t end = 0;
    auto names = name_list(w, b, &end);
    if (names.empty() || end < w.size()) return {};
    std::string first;
    for (auto r : names) {
        std::string name = name_text(s, w, r.begin, r.end);
        out.push_back({name, "thực hiện", {w[r.begin].span.begin, w[r.end - 1].span.end}, "role.heading"});
        if (first.empty()) first = name;
    }
    return first;
}

// A line that opens a numbered part: "1.", "2.1.", "a)", "III.".
bool is_numbered_line(const DocumentText& text, std::size_t line) {
    TextSpan span = text.lines()[line].span;
    std::string_view l = text.line_text(line);
    span.end = span.begin + std::min(l.find(' '), l.size());  // the first word is enough
    std::vector<Word> w = words_of(text.text(), span);
    return !w.empty() && is_marker(w[0]) && w[0].f != "-" && w[0].f != "+" && w[0].f != "*";
}

}  // namespace

std::vector<RoleAssignment> roles_in_sentence(const DocumentText& text, TextSpan sentence, const std::string& subject,
                                              const RoleContext& context) {
    return SentenceRoles(text, sentence, subject, context, {}).run();
}

std::vector<RoleAssignment> find_roles(const DocumentText& text, TextSpan body, const RoleContext& context) {
    std::vector<RoleAssignment> out;
    std::string subject;
    const KnownNames known = delimited_names(text);
    for (const TextSpan& sentence : split_sentences(text, body)) {
        std::size_t line = text.line_at(sentence.begin);
        bool line_start = text.lines()[line].span.begin == sentence.begin;
        if (line_start && is_numbered_line(text, line)) {
            // A new numbered part: its heading names the subject, or there is none.
            auto heading = heading_subject(text, line, out);
            subject = heading.value_or("");
            if (heading) continue;
        }
        for (auto& r : SentenceRoles(text, sentence, subject, context, known).run()) out.push_back(std::move(r));
    }
    // One entry per (name, role).
    std::vector<RoleAssignment> unique;
    for (auto& r : out) {
        bool seen = std::any_of(unique.begin(), unique.end(), [&](const RoleAssignment& u) {
            return u.role == r.role && folded(u.name) == folded(r.name);
        });
        if (!seen) unique.push_back(std::move(r));
    }
    return unique;
}

}  // namespace vbtrack
