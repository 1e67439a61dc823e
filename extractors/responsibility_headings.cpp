#include "extractors/responsibility_headings.hpp"

#include <algorithm>

#include "extractors/responsibility_names.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack::roles {

// "3. Phòng Tổ chức-Hành chính-Quản trị", "2. Đề nghị Ủy ban MTTQ xã và ...",
// "1. Nhiệm vụ của Tổ công tác": a heading naming who the lines under it address.
bool heading_subject(const DocumentText& text, std::size_t line, std::vector<RoleAssignment>& out) {
    const std::string& s = text.text();
    std::string_view l = trim(text.line_text(line));
    // "2. Ủy ban nhân dân xã:" over its items is a heading too; "1. Sở X: ..." goes on as a sentence.
    if (l.size() > 140 || l.empty() || std::string_view(".;").find(l.back()) != std::string_view::npos) return false;
    std::vector<Word> w = words_of(s, text.lines()[line].span);
    std::size_t b = 0;
    while (b < w.size() && is_marker(w[b])) ++b;
    if (b == 0 || b >= w.size() || is_all_caps(l)) return false;
    if (phrase_at(w, b, "nhiệm vụ của")) b += 3;
    else if (phrase_at(w, b, "đề nghị")) b += 2;
    if (!body_head_at(w, b)) return false;
    // A heading is a name, not a sentence: no predicate after the name starts.
    std::size_t end = 0;
    auto names = name_list(w, b, &end);
    if (names.empty() || end < w.size()) return false;
    for (auto r : names)
        out.push_back({name_text(s, w, r.begin, r.end), "thực hiện", {w[r.begin].span.begin, w[r.end - 1].span.end},
                       "role.heading"});
    return true;
}

int numbering_depth(const DocumentText& text, std::size_t line) {
    TextSpan span = text.lines()[line].span;
    std::string_view l = text.line_text(line);
    span.end = span.begin + std::min(l.find(' '), l.size());  // the first word is enough
    std::vector<Word> w = words_of(text.text(), span);
    if (w.empty() || !is_marker(w[0]) || w[0].f == "-" || w[0].f == "+" || w[0].f == "*" || w[0].f == "–") return -1;
    if (w[0].f.back() == ')') return 9;
    if (w[0].f.find_first_not_of("0123456789.") != std::string::npos) return 0;  // a Roman numeral
    return static_cast<int>(std::count(w[0].f.begin(), w[0].f.end(), '.')) + (w[0].punct == '.' ? 1 : 0);
}

// Whether a sentence names who does it in front: a body, or "Giao X", "Đề nghị X".
// One that does not ("- Rà soát ...", "a) Chỉ đạo Y ...") is the heading's body's.
bool names_own_subject(const std::vector<Word>& w) {
    std::size_t b = 0;
    while (b < w.size() && is_marker(w[b])) ++b;
    if (b >= w.size()) return false;
    return body_head_at(w, b) || phrase_at(w, b, "giao") || phrase_at(w, b, "đề nghị") || phrase_at(w, b, "yêu cầu") ||
           phrase_at(w, b, "kiến nghị");
}

}  // namespace vbtrack::roles
