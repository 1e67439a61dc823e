#include "extractors/references.hpp"

#include <array>
#include <cctype>

#include "extractors/dates.hpp"
#include "extractors/number_symbol.hpp"
#include "extractors/type_table.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

constexpr std::size_t kMaxIssuerWords = 14;

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '?'; }

// Where the issuer after "của" ends: the topic ("về ..."), a verb of the
// citation, punctuation. Matched on the text itself: folded, "giao" and "Giáo"
// (in "Sở Giáo dục") would be one word.
constexpr std::array<std::string_view, 14> kIssuerStops = {
    " về ",    " quy định", " ban hành", " hướng dẫn", " thực hiện", " tại ", " trong ",
    " đối với", " để ",      " nhằm ",    " phê duyệt", " giao ",     " ngày ", " số "};

std::string issuer_after_cua(const std::string& s, std::size_t begin, TextSpan& span) {
    // Not inside a character: the name must stay valid UTF-8.
    std::size_t limit = std::max(begin, utf8::boundary_at_or_before(s, begin + 240));
    std::size_t end = limit;
    for (std::size_t i = begin; i < limit; ++i) {
        char c = s[i];
        if (c == ',' || c == ';' || c == '.' || c == '(' || c == ':' || c == '\n' || c == ')') {
            end = i;
            break;
        }
        if (c != ' ') continue;
        bool stop = false;
        for (std::string_view w : kIssuerStops) stop = stop || s.compare(i, w.size(), w) == 0;
        if (stop) {
            end = i;
            break;
        }
    }
    span = {begin, end};
    std::string name = collapse_spaces(std::string_view(s).substr(begin, end - begin));
    // A name is a handful of words; more means the stop words missed the end.
    std::size_t words = 1;
    for (char c : name) words += c == ' ' ? 1 : 0;
    if (words > kMaxIssuerWords || name.empty()) return {};
    return name;
}

// "đề nghị của Giám đốc Sở X tại Tờ trình số": the proposing body, without the office of its head.
std::string proposer_before(const std::string& s, const FoldedText& f, std::size_t type_fpos) {
    const std::string& t = f.folded;
    if (type_fpos < 5 || t.compare(type_fpos - 5, 5, " tai ") != 0) return {};
    std::size_t end = type_fpos - 5;
    std::size_t cua = t.rfind(" cua ", end);
    if (cua == std::string::npos || end - cua > 120) return {};
    std::size_t begin = cua + 5;
    std::string name = collapse_spaces(std::string_view(s).substr(f.origin[begin], f.origin[end] - f.origin[begin]));
    std::string fn = folded(name);
    for (std::string_view head : {"giam doc ", "chu tich ", "truong ", "thu truong ", "chanh van phong "})
        if (fn.rfind(head, 0) == 0) return name.substr(fold(name).origin[head.size()]);
    return name;
}

// The Quốc hội and its Standing Committee sign laws, codes, ordinances and
// resolutions with their term in the symbol: 39/2019/QH14, 02/2022/UBTVQH15.
std::string legislature_by_code(std::string_view code) {
    auto term_after = [&](std::string_view prefix) {
        return code.size() > prefix.size() && code.substr(0, prefix.size()) == prefix &&
               code.find_first_not_of("0123456789", prefix.size()) == std::string_view::npos;
    };
    if (term_after("QH")) return "Quốc hội";
    if (term_after("UBTVQH")) return "Ủy ban Thường vụ Quốc hội";
    return {};
}

std::string legislature_of(std::string_view symbol) {
    std::size_t slash = symbol.rfind('/');
    return slash == std::string_view::npos ? std::string() : legislature_by_code(symbol.substr(slash + 1));
}

// Central bodies by the code they sign joint documents with (Nghị quyết liên tịch,
// Thông tư liên tịch: "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN").
constexpr std::pair<std::string_view, std::string_view> kCentralIssuers[] = {
    {"CP", "Chính phủ"},
    {"ĐCTUBTWMTTQVN", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
    {"ĐCTUBTƯMTTQVN", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
    {"UBTWMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
    {"UBTƯMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
    {"TANDTC", "Tòa án nhân dân tối cao"}, {"VKSNDTC", "Viện kiểm sát nhân dân tối cao"},
    {"KTNN", "Kiểm toán nhà nước"},        {"TTCP", "Thanh tra Chính phủ"},
    {"NHNN", "Ngân hàng Nhà nước Việt Nam"}, {"UBDT", "Ủy ban Dân tộc"},
    {"BCA", "Bộ Công an"},   {"BQP", "Bộ Quốc phòng"}, {"BNG", "Bộ Ngoại giao"}, {"BNV", "Bộ Nội vụ"},
    {"BTP", "Bộ Tư pháp"},   {"BTC", "Bộ Tài chính"},  {"BYT", "Bộ Y tế"},       {"BXD", "Bộ Xây dựng"},
    {"BCT", "Bộ Công Thương"}, {"BKHĐT", "Bộ Kế hoạch và Đầu tư"}, {"BGDĐT", "Bộ Giáo dục và Đào tạo"},
    {"BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"}, {"BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"},
    {"BTNMT", "Bộ Tài nguyên và Môi trường"}, {"BGTVT", "Bộ Giao thông vận tải"},
    {"BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"}, {"BTTTT", "Bộ Thông tin và Truyền thông"},
    {"BKHCN", "Bộ Khoa học và Công nghệ"},
};

// The bodies of a joint document, from the codes after its type: all of them, or
// nothing when one is not known.
std::string joint_issuers(std::string_view symbol) {
    std::size_t slash = symbol.rfind('/');
    if (slash == std::string_view::npos) return {};
    std::string_view codes = symbol.substr(slash + 1);
    std::size_t dash = codes.find('-');
    std::string_view type = codes.substr(0, dash);
    if (dash == std::string_view::npos || (type != "NQLT" && type != "TTLT")) return {};
    std::string out;
    for (std::size_t b = dash + 1; b <= codes.size();) {
        std::size_t e = std::min(codes.find('-', b), codes.size());
        std::string_view code = codes.substr(b, e - b);
        std::string body = legislature_by_code(code);
        for (const auto& [c, name] : kCentralIssuers)
            if (body.empty() && code == c) body = name;
        if (body.empty()) return {};
        if (!out.empty()) out += ", ";
        out += body;
        b = e + 1;
    }
    return out;
}

bool starts_type_name(const std::string& t, std::size_t i) {
    for (const auto& [name, type] : doc_type_names_folded())
        if (t.compare(i, name.size(), name) == 0 && (i + name.size() >= t.size() || !is_word_char(t[i + name.size()])))
            return true;
    return false;
}

constexpr std::size_t kMaxCitedNameWords = 18;

// Laws, codes and ordinances are cited by their name, the number after it:
// "Luật Đầu tư công số 39/2019/QH14", "Bộ luật Lao động năm 2019 số 45/2019/QH14",
// "Luật Phòng, chống tham nhũng 36/2018/QH14"; so are the Quốc hội's resolutions
// ("Nghị quyết về ... số 43/2022/QH15"). The number is the first "số <symbol>" (a
// law's) or the first symbol of the legislature within the name's clause. Returns
// its position in the folded text `t`, from `j`, the end of the type name.
std::optional<std::size_t> number_after_name(const std::string& t, std::size_t j, bool any_symbol_after_so,
                                             const std::string& s, const FoldedText& f) {
    std::size_t words = 0;
    for (std::size_t k = j; k < t.size() && words <= kMaxCitedNameWords; ++k) {
        char c = t[k];
        if (c == ';' || c == ':' || c == '(' || c == ')' || (c == '.' && (k + 1 >= t.size() || !is_word_char(t[k + 1]))))
            return std::nullopt;
        if (c != ' ' && c != '\n') continue;
        while (k + 1 < t.size() && (t[k + 1] == ' ' || t[k + 1] == '\n')) ++k;
        std::size_t w = k + 1;
        if (w >= t.size()) return std::nullopt;
        ++words;
        if (starts_type_name(t, w) || t.compare(w, 7, "can cu ") == 0) return std::nullopt;  // the next citation
        std::size_t at = w;
        bool so = t.compare(w, 3, "so ") == 0;
        if (so) {
            at = w + 3;
            while (at < t.size() && (t[at] == ' ' || t[at] == ':')) ++at;
        } else if (!std::isdigit(static_cast<unsigned char>(t[w]))) {
            continue;
        }
        auto symbol = number_symbol_at(s, f.origin[at]);
        if (!symbol) continue;
        if ((so && any_symbol_after_so) || !legislature_of(symbol->value).empty()) return at;
        return std::nullopt;  // a symbol of another body: the name is not this one's
    }
    return std::nullopt;
}

// "số" at `k` in the folded text, as a word.
bool is_so_at(const std::string& t, std::size_t k) {
    return t.compare(k, 2, "so") == 0 && (k + 2 >= t.size() || !is_word_char(t[k + 2]));
}

// "Chương trình hành động số 02-CTr/TU", "Kế hoạch liên tịch số 05/KHLT-...", "Quy
// chế phối hợp số 01/QC-...": a type name qualified by a lower-case word or three
// before its "số". The symbol's type code, which opens with the type's own, tells
// the citation from a type name in running text ("kế hoạch năm số ..." is none).
std::optional<Finding<std::string>> qualified_type_number(const std::string& t, std::size_t j, const DocType& type,
                                                          const std::string& s, const FoldedText& f) {
    constexpr int kMaxQualifierWords = 3;
    std::size_t k = j;
    for (int words = 0; words <= kMaxQualifierWords; ++words) {
        while (k < t.size() && t[k] == ' ') ++k;
        if (k >= t.size() || !starts_lower(std::string_view(s).substr(f.origin[k], 4))) return std::nullopt;
        if (words > 0 && is_so_at(t, k)) {
            k += 2;
            while (k < t.size() && (t[k] == ' ' || t[k] == ':')) ++k;
            auto symbol = number_symbol_at(s, f.origin[k]);
            if (symbol && split_number_symbol(symbol->value).code_field.starts_with(type.code)) return symbol;
            return std::nullopt;
        }
        std::size_t e = k;
        while (e < t.size() && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
        if (e == k || (e < t.size() && t[e] != ' ')) return std::nullopt;
        k = e;
    }
    return std::nullopt;
}

}  // namespace

std::vector<Finding<Reference>> find_references(const DocumentText& text, TextSpan span, const Localities& localities,
                                                const std::string& own_number) {
    const std::string& s = text.text();
    std::string_view region = std::string_view(s).substr(span.begin, span.end - span.begin);
    FoldedText f = fold(region, span.begin);
    const std::string& t = f.folded;
    std::vector<Finding<Reference>> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i > 0 && is_word_char(t[i - 1])) continue;
        // A type name, then "số" (optional), then the number symbol.
        const DocType* type = nullptr;
        std::size_t j = i;
        for (const auto& [name, doc_type] : doc_type_names_folded()) {
            if (t.compare(i, name.size(), name) == 0 && (i + name.size() >= t.size() || !is_word_char(t[i + name.size()]))) {
                type = &doc_type;
                j = i + name.size();
                break;
            }
        }
        // "Văn bản số 45/UBND-VP": a document cited by its number alone, most often a
        // công văn (its symbol has no type code); its "số" is required.
        bool generic = false;
        if (!type && t.compare(i, 8, "van ban ") == 0 && is_so_at(t, i + 8)) {
            type = &kCongVan;
            j = i + 7;
            generic = true;
        }
        if (!type) continue;
        std::size_t k = j;
        while (k < t.size() && t[k] == ' ') ++k;
        // "số", or what OCR makes of it: "so", "s6", "s0".
        bool so = k + 1 < t.size() && t[k] == 's' && (t[k + 1] == 'o' || t[k + 1] == '6' || t[k + 1] == '0');
        if (so && (k + 2 >= t.size() || !is_word_char(t[k + 2]))) k += 2;
        while (k < t.size() && (t[k] == ' ' || t[k] == ':')) ++k;
        auto symbol = number_symbol_at(s, f.origin[k]);
        // Capitalized: "pháp luật" in a sentence is the law at large, not a cited one.
        bool cited_by_name = !generic && (type->code.empty() || type->code == "NQ") &&
                             std::isupper(static_cast<unsigned char>(s[f.origin[i]]));
        if (!symbol && !generic && !type->code.empty()) symbol = qualified_type_number(t, j, *type, s, f);
        if (!symbol && cited_by_name)
            if (auto at = number_after_name(t, j, type->code.empty(), s, f)) symbol = number_symbol_at(s, f.origin[*at]);
        if (!symbol || symbol->value == own_number) continue;
        Finding<Reference> ref;
        ref.value.number_symbol = symbol->value;
        SymbolParts parts = split_number_symbol(symbol->value);
        ref.value.doc_type = !parts.type_code.empty() ? parts.type_code : type->code;
        ref.span = {f.origin[i], symbol->span.end};
        ref.rule = "reference.type_so_symbol";
        // ", ngày 09/4/2019" / " ngày 06 tháng 4 năm 2020"
        std::size_t after = symbol->span.end;
        if (auto date = date_at(s, after)) {
            ref.value.date = date->value.iso();
            ref.span.end = after = date->span.end;
        }
        // " của <issuer>"
        std::size_t fa = static_cast<std::size_t>(std::lower_bound(f.origin.begin(), f.origin.end(), after) - f.origin.begin());
        while (fa < t.size() && (t[fa] == ' ' || t[fa] == ',')) ++fa;
        std::string issuer;
        if (t.compare(fa, 4, "cua ") == 0) {
            TextSpan issuer_span;
            issuer = issuer_after_cua(s, f.origin[fa + 4], issuer_span);
            if (!issuer.empty()) ref.span.end = issuer_span.end;
        } else {
            issuer = proposer_before(s, f, i);
        }
        if (!issuer.empty()) ref.value.issuer = complete_locality(expand_abbreviations(issuer), localities);
        else if (ref.value.issuer = legislature_of(symbol->value); ref.value.issuer.empty())
            ref.value.issuer = joint_issuers(symbol->value);
        ref.confidence = ref.value.date ? 0.95 : 0.85;
        // One entry per cited document: a later, fuller mention replaces a bare one.
        bool merged = false;
        for (auto& prior : out) {
            if (prior.value.number_symbol != ref.value.number_symbol) continue;
            merged = true;
            if (!prior.value.date && ref.value.date) prior = ref;
            else if (prior.value.issuer.empty() && !ref.value.issuer.empty()) prior.value.issuer = ref.value.issuer;
        }
        if (!merged) out.push_back(std::move(ref));
        i = fa > i ? fa - 1 : i;
    }
    return out;
}

}  // namespace vbtrack
