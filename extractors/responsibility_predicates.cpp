#include "extractors/responsibility_predicates.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace vbtrack::roles {

namespace {

bool is_time_word(const Word& w) {
    for (std::string_view t : {"quý", "tháng", "năm", "ngày", "tuần", "đợt", "giai"})
        if (w.f == t) return true;
    return false;
}

// Words that begin what a body is asked to do: where a body's name ends.
constexpr std::string_view kPredicates[] = {
    "tham mưu",   "thẩm định",  "hoàn thành",  "làm",         "rà soát",    "thường xuyên", "hướng dẫn",
    "tổ chức",    "chỉ đạo",    "tập trung",   "chuẩn bị",    "dự thảo",    "xây dựng",     "triển khai",
    "thực hiện",  "theo dõi",   "đôn đốc",     "tổng hợp",    "báo cáo",    "gửi",          "có trách nhiệm",
    "có nhiệm vụ",
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
    "kiện toàn",  "tập huấn",   "củng cố",     "quan tâm",    "thành lập",  "dự trù",       "cân đối",
    "phân loại",  "bồi dưỡng",  "mở",          "dành",        "thăm",       "tặng",         "đăng ký",
    "quyết định", "nghiệm thu", "quyết toán",  "mua sắm",     "sửa chữa",   "lắp đặt",      "cải tạo",
    "di dời",     "bồi thường", "ký kết",      "tuần tra",    "truy quét",  "xử phạt",      "cưỡng chế",
    "soạn thảo",  "biên soạn",   "phát hành",   "đưa tin",    "trang trí",    "điều trị",
    "tiêm",       "phun",       "giám định",   "tiếp đón",    "tuyển chọn", "tuyển dụng",   "hoàn tất",
    "chỉnh sửa",  "thống nhất", "đối chiếu",   "làm việc",    "chuyển giao", "áp dụng",     "vận chuyển",
    "cung ứng",   "thu gom",    "giảng dạy",   "ôn tập",      "có văn bản", "có ý kiến",    "có kế hoạch",
    "liên hệ",
    // Adverbs that open what a body does, as "kịp thời" and "chủ động" above.
    "trực tiếp",
    // Verbs that carry another: "tiến hành giám sát", "giúp X kiểm tra".
    "tiến hành", "giúp", "tổng kết", "sơ kết",
    // Sending people and posting notices: "cử 01 cán bộ làm đầu mối", "đăng thông báo tuyển dụng".
    "cử",        "đăng",
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
    std::string_view before;  // the word(s) before, lower case in the text unless any_case
    std::string_view verb;
    // "Phòng Giáo dục thường xuyên": a field of a name, capitalized there; "Sở Kế
    // hoạch và Đầu tư xây dựng ..." is a name and its verb.
    bool any_case = false;
};
constexpr NounCompound kNounCompounds[] = {
    {"công", "trình"}, {"chương", "trình"}, {"quy", "trình"}, {"lộ", "trình"},  {"tờ", "trình"},
    {"tiến", "trình"}, {"giáo", "trình"},   {"hành", "trình"}, {"đầu tư", "xây"}, {"bầu", "cử"},
    {"giáo dục", "thường", true},  // "giáo dục thường xuyên": continuing education
    {"thông tin", "thống"},        // "thông tin thống kê": statistical information ("Phòng Thu thập thông tin thống kê")
};

bool ends_noun_compound(const std::vector<Word>& w, std::size_t i) {
    for (const auto& nc : kNounCompounds) {
        if (w[i].f != nc.verb) continue;
        std::size_t parts = nc.before.find(' ') == std::string_view::npos ? 1 : 2;
        if (i < parts) continue;
        std::string before;
        bool lower = true;
        for (std::size_t k = i - parts; k < i; ++k) {
            if (w[k].punct || (w[k].upper && !nc.any_case)) lower = false;
            before += (k > i - parts ? " " : "") + w[k].f;
        }
        if (lower && before == nc.before) return true;
    }
    return false;
}

// "Các bệnh viện ... khác": "other" closes a plural name; it is never the verb.
bool closes_plural(const Word& w) { return w.f == "khác"; }

// "Các sở, ngành liên quan đẩy nhanh ...", "các xã có liên quan rà soát ...": a
// plural name ends with "liên quan"; the lower-case word after it is the verb.
bool after_related(const std::vector<Word>& w, std::size_t i) {
    if (i < 3 || w[i].upper || w[i].stop || w[i - 1].f != "quan" || w[i - 2].f != "liên" || w[i - 1].punct ||
        w[i - 2].punct)
        return false;
    for (std::string_view link : {"đến", "tới", "và", "của", "với", "khác"})
        if (w[i].f == link) return false;
    for (std::size_t k = i - 2; k > 0 && k + 10 > i; --k)
        if (w[k - 1].f == "các" || w[k - 1].f == "những") return true;
    return false;
}

// The words of the longest listed predicate starting at word i (0: none).
std::size_t listed_predicate_length(const std::vector<Word>& w, std::size_t i) {
    static const auto table = [] {
        std::vector<std::string> out(std::begin(kPredicates), std::end(kPredicates));
        std::sort(out.begin(), out.end());
        return out;
    }();
    std::string joined = w[i].f;
    std::size_t longest = 0;
    for (std::size_t n = 1; n <= 3 && i + n <= w.size(); ++n) {
        if (n > 1) {
            if (w[i + n - 2].punct) break;
            joined += ' ';
            joined += w[i + n - 1].f;
        }
        if (std::binary_search(table.begin(), table.end(), joined)) longest = n;
    }
    return longest;
}

// A listed verb at word i that opens a noun: with the suffix "viên", the person
// who does it ("báo cáo viên", "kiểm tra viên": "Đội ngũ báo cáo viên, tuyên
// truyền viên"; "giới thiệu đoàn viên" is a verb and its object), and "cử tri"
// (voters), "đăng kiểm" (vehicle inspection).
bool verb_opens_noun_at(const std::vector<Word>& w, std::size_t i) {
    const std::size_t n = listed_predicate_length(w, i);
    if (n == 0 || i + n >= w.size() || w[i + n - 1].punct) return false;
    if ((w[i].f == "cử" && w[i + 1].f == "tri") || (w[i].f == "đăng" && w[i + 1].f == "kiểm")) return true;
    if (w[i + n].f != "viên") return false;
    // "kiểm tra viên chức": the verb, then "viên chức" (civil servants).
    return !(i + n + 1 < w.size() && w[i + n + 1].f == "chức");
}

// Words that may follow a place name inside a body's name: its level or a link
// to the next part ("Mặt trận Tổ quốc Việt Nam tỉnh", "Quảng Trị và ...").
constexpr std::string_view kAfterPlace[] = {"tỉnh", "huyện", "xã", "thị", "thành", "quận", "phường", "cấp", "và",
                                            "của", "-", "–", "khu", "chi", "khóa", "nhiệm", "lần", "các"};

// "Đồn Biên phòng Bản Vược giữ vững ...", "Kho bạc Nhà nước Thọ Xuân kiểm soát ...":
// a name ends with its place, a run of two or more title-case syllables after a
// lower-case word; a lower-case word after it that is not a level or a link is
// where the sentence's verb starts, listed or not.
// "... các huyện Mèo Vạc, Đồng Văn, Hoàng Su Phì": whether the run of capitalized
// words from k is the last of the places a plural level lists.
bool last_place_of_plural_level(const std::vector<Word>& w, std::size_t k) {
    if (k == 0 || w[k - 1].punct != ',') return false;
    std::size_t j = k;
    while (j > 0 && w[j - 1].title && (!w[j - 1].punct || w[j - 1].punct == ',')) --j;
    return j >= 2 && level_noun(w[j - 1]) && !w[j - 1].punct && w[j - 2].f == "các";
}

bool after_place_name(const std::vector<Word>& w, std::size_t i) {
    if (i < 3 || w[i].upper) return false;
    std::size_t run = 0;
    std::size_t k = i;
    while (k > 0 && w[k - 1].title && !w[k - 1].punct && w[k - 1].f != "các") {
        --k;
        ++run;
    }
    if (run > 0 && last_place_of_plural_level(w, k)) {
        for (std::string_view link : kAfterPlace)
            if (w[i].f == link) return false;
        return !closes_plural(w[i]) && !(i + 1 < w.size() && w[i + 1].title);
    }
    // The run is inside a name: after one of its lower-case words, not after a
    // verb or a preposition, and not itself the start of a name ("với Sở Giáo dục").
    // (After a list marker the run's first word is the sentence's, capitalized as such: "- Giao Tổ Văn phòng".)
    if (run < 2 || k == 0 || w[k - 1].upper || w[k - 1].punct || w[k - 1].stop || is_marker(w[k - 1])) return false;
    for (std::string_view word : {"với", "và", "của", "giao", "cho", "các", "những"})
        if (w[k - 1].f == word) return false;
    if (body_head_at(w, k)) return false;
    // "Ban Xây dựng Đảng Đảng ủy xã", "Phó Bí thư Chi bộ": the run's last syllable and
    // this one open a head; the name goes on.
    if (head_length(w, i - 1) > 1) return false;
    for (std::string_view link : kAfterPlace)
        if (w[i].f == link) return false;
    // "Bệnh viện Bệnh Nhiệt đới Trung ương": one lower-case syllable between
    // capitalized ones is inside the name, not a verb before another name.
    if (!w[i].punct && i + 1 < w.size() && w[i + 1].title && !body_head_at(w, i + 1)) return false;
    return !closes_plural(w[i]);
}

// "Ủy ban nhân dân huyện quan tâm ...", "... các huyện, thành phố cung ứng ...":
// a name ends with its level when no place follows; the lower-case word after it
// is the verb, listed or not. Words that go on from a level are not: a link or
// another level (kAfterPlace), the nouns it forms ("xã hội", "huyện ủy", "tỉnh
// đoàn"), and after a plural level a relative clause that qualifies it ("Ủy ban
// nhân dân các xã chịu sự giám sát", "các huyện có dự án chậm tiến độ").
bool after_level_noun(const std::vector<Word>& w, std::size_t i) {
    // "... trên địa bàn huyện năm 2025": a time goes on; "Công an tỉnh (Phòng …)": an aside.
    if (i == 0 || w[i].upper || !level_noun(w[i - 1]) || w[i - 1].punct || w[i].stop || is_time_word(w[i]) ||
        closes_plural(w[i]) || w[i].f.starts_with('('))
        return false;
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

// Nouns of kinds of bodies, persons and places that a plural names as doers and
// that are no body's head ("các đơn vị", "các ông, bà", "các thôn"), and the
// lower-case forms of heads that open a name only when capitalized ("các trường").
// A word class, not a list of bodies: "các" before any other noun ("các khẩu
// hiệu", "các công trình", "các hoạt động") names no one.
constexpr std::string_view kCollectiveNouns[] = {
    "đơn vị",  "tổ chức", "đoàn thể", "doanh nghiệp", "địa phương", "ngành",  "cấp",     "chủ",   "cá nhân",
    "ông",     "bà",      "đồng chí", "đ/c",          "thành viên", "cán bộ", "hộ",      "nhà",   "lực lượng",
    "thôn",    "bản",     "xóm",      "ấp",           "buôn",       "làng",   "khu",     "thị",   "thành",
    "đảng viên", "lãnh đạo", "người", "bên",          "trường",     "khoa",   "phân hiệu", "cơ sở", "đội ngũ",
    "hội viên", "đoàn viên", "thương nhân", "đại lý",  "cửa hàng",
};

// "chỉ" before a verb is "only"; these make nouns of it ("chỉ đạo", "chỉ tiêu"),
// and so do the units "chi bộ", "chi cục", "chi hội", … as OCR reads them with a hook.
bool only_at(const std::vector<Word>& w, std::size_t i) {
    if (w[i].f != "chỉ" || w[i].punct) return false;
    if (i + 1 == w.size()) return true;
    constexpr std::string_view kNouns[] = {"đạo", "huy", "thị", "tiêu", "số",    "định", "dẫn",
                                           "bộ",  "cục", "hội", "đoàn", "nhánh", "ủy"};
    return std::none_of(std::begin(kNouns), std::end(kNouns), [&](std::string_view noun) { return w[i + 1].f == noun; });
}

// "sự" making a noun of the verb after it ("sự giám sát"), not the second syllable
// of a word ("hình sự", "quân sự", "nhân sự": "Phòng Cảnh sát hình sự xây dựng ...").
bool nominalizer_at(const std::vector<Word>& w, std::size_t i) {
    if (w[i].f != "sự") return false;
    if (i == 0 || w[i - 1].punct) return true;
    constexpr std::string_view kFirstSyllables[] = {"hình", "quân", "dân", "nhân", "thực", "đương", "tâm"};
    return std::none_of(std::begin(kFirstSyllables), std::end(kFirstSyllables),
                        [&](std::string_view first) { return w[i - 1].f == first; });
}

}  // namespace

bool collective_noun_at(const std::vector<Word>& w, std::size_t i) {
    if (i >= w.size()) return false;
    if (level_noun(w[i]) && !w[i].upper) return true;
    return std::any_of(std::begin(kCollectiveNouns), std::end(kCollectiveNouns),
                       [&](std::string_view noun) { return phrase_at(w, i, noun); });
}

void mark_predicates(std::vector<Word>& w) {
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].upper) continue;
        // "các tổ chức", "sự giám sát", "việc thực hiện": nouns.
        if (i > 0 && (w[i - 1].f == "các" || w[i - 1].f == "những" || nominalizer_at(w, i - 1) || w[i - 1].f == "việc"))
            continue;
        for (std::string_view stop : kNameStops) w[i].stop = w[i].stop || w[i].f == stop;
        // "Thủ trưởng các cơ quan, đơn vị trong Khối", "... trong tỉnh": where the
        // bodies are is part of the name; "trong thời hạn", "trong năm" are not.
        if (w[i].f == "trong" && !w[i].punct && i + 1 < w.size() &&
            (w[i + 1].upper || level_noun(w[i + 1]) || collective_noun_at(w, i + 1)) && !is_time_word(w[i + 1]))
            w[i].stop = false;
        // "X giao Y ...": X assigns; "giao thông", "giao dịch" are nouns that names hold.
        if (w[i].f == "giao" && !(i + 1 < w.size() && (w[i + 1].f == "thông" || w[i + 1].f == "dịch"))) w[i].stop = true;
        for (std::string_view modal : kModals) w[i].predicate = w[i].predicate || phrase_at(w, i, modal);
        // "Kho bạc chỉ thanh toán ...": "only" opens what the body does, as a modal.
        w[i].predicate = w[i].predicate || only_at(w, i);
        w[i].stop = w[i].stop || w[i].predicate;
        // After a comma "tổ chức" is one more kind in a list ("các phòng, ban, tổ chức đoàn thể").
        if (i > 0 && w[i - 1].punct == ',' && w[i].f == "tổ") continue;
        if (ends_noun_compound(w, i)) continue;
        // "người tham gia", "người lao động": a verb right after "người" (person)
        // says which persons, as a relative clause would; it is not the sentence's verb.
        if (i > 0 && w[i - 1].f == "người" && !w[i - 1].punct) continue;
        bool listed = listed_predicate_length(w, i) > 0 && !verb_opens_noun_at(w, i);
        bool after_place = after_place_name(w, i);
        if (listed || after_place || after_level_noun(w, i) || after_related(w, i)) {
            w[i].predicate = w[i].stop = true;
            w[i].inferred = !listed && !after_place;
        }
    }
}

bool listed_predicate(const std::vector<Word>& w, std::size_t i) { return listed_predicate_length(w, i) > 0; }

bool never_in_name(const std::vector<Word>& w, std::size_t i) {
    // Matched as mark_predicates() matches them: a modal may be two words ("có thể").
    const auto at_i = [&](std::string_view phrase) { return phrase_at(w, i, phrase); };
    return std::any_of(std::begin(kNameStops), std::end(kNameStops), at_i) ||
           std::any_of(std::begin(kModals), std::end(kModals), at_i) || only_at(w, i);
}

bool goes_on_after_place(const Word& w) {
    return level_noun(w) || std::any_of(std::begin(kAfterPlace), std::end(kAfterPlace),
                                        [&](std::string_view link) { return w.f == link; });
}

}  // namespace vbtrack::roles
