#include "extractors/deadlines/deadline_context.hpp"

#include <algorithm>
#include <initializer_list>

#include "extractors/sentences.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack::deadlines {

namespace {

bool is_space_or_punct(char c) { return std::string_view(" \t\n,;:.").find(c) != std::string_view::npos; }

TextSpan trim_span(const std::string& s, TextSpan span) {
    while (span.begin < span.end && is_space_or_punct(s[span.begin])) ++span.begin;
    while (span.end > span.begin && is_space_or_punct(s[span.end - 1])) --span.end;
    return span;
}

// The next word (up to a space) of a span, as written.
std::string_view first_word(const std::string& s, TextSpan span) {
    std::string_view v(s.data() + span.begin, span.size());
    return v.substr(0, v.find(' '));
}

// "-", "+", "a)", "1.", "2.1.", "IV." at the start of a line or clause.
bool is_list_marker(std::string_view w) {
    if (w == "-" || w == "+" || w == "*" || w == "•" || w == "–") return true;
    if (w.size() < 2 || (w.back() != '.' && w.back() != ')')) return false;
    std::string_view body = w.substr(0, w.size() - 1);
    bool numeric = body.find_first_not_of("0123456789.") == std::string_view::npos;
    bool roman = body.find_first_not_of("IVXL") == std::string_view::npos;
    bool letter = w.back() == ')' && (body.size() == 1 || body == "đ");
    return numeric || roman || letter;
}

// How deep a numbered marker is: "1." -> 1, "2.1." -> 2; 0 for a Roman
// numeral (a part above all numbers); -1 when the line is not numbered.
int numbering_depth(std::string_view line) {
    std::string_view w = trim(line).substr(0, trim(line).find(' '));
    if (!is_list_marker(w) || w.size() < 2) return -1;
    std::string_view body = w.substr(0, w.size() - 1);
    if (body.find_first_not_of("IVXL") == std::string_view::npos) return 0;
    if (body.find_first_not_of("0123456789.") != std::string_view::npos) return -1;
    int depth = 0;
    bool in_number = false;
    for (char c : body) {
        if (c != '.' && !in_number) ++depth;
        in_number = c != '.';
    }
    return depth;
}

// Does the folded text start with one of the phrases? Returns the matched length.
std::size_t starts_with_any(std::string_view folded_text, std::initializer_list<std::string_view> phrases) {
    for (auto p : phrases)
        if (folded_text.substr(0, p.size()) == p &&
            (folded_text.size() == p.size() || !std::isalpha(static_cast<unsigned char>(folded_text[p.size()]))))
            return p.size();
    return 0;
}

// Between two names of a role sentence only role words stand: "Chỉ đạo Sở X
// chủ trì, phối hợp với Y" — anything else is the task.
bool only_role_words(std::string_view between) {
    std::string f = folded(between);
    std::size_t i = 0;
    while (i < f.size()) {
        if (!std::isalpha(static_cast<unsigned char>(f[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < f.size() && std::isalpha(static_cast<unsigned char>(f[j]))) ++j;
        static const std::string_view allowed[] = {"chi", "dao", "giao", "chu", "tri", "phoi", "hop", "voi", "va",
                                                   "lanh", "co", "trach", "nhiem", "de", "nghi", "yeu", "cau"};
        if (std::find(std::begin(allowed), std::end(allowed), std::string_view(f).substr(i, j - i)) ==
            std::end(allowed))
            return false;
        i = j;
    }
    return true;
}

void add_unique(std::vector<std::string>& names, const std::string& name) {
    std::string key = folded(name);
    for (const auto& n : names)
        if (folded(n) == key) return;
    names.push_back(name);
}

}  // namespace

ContextFinder::ContextFinder(const DocumentText& text, const std::vector<RoleAssignment>& roles)
    : text_(text), roles_(roles), sentences_(split_sentences(text)) {}

TextSpan ContextFinder::sentence_of(TextSpan span) const {
    TextSpan line = text_.lines()[text_.line_at(span.begin)].span;
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), span.begin,
                               [](std::size_t pos, const TextSpan& s) { return pos < s.begin; });
    if (it == sentences_.begin() || std::prev(it)->end < span.end) return line;
    TextSpan sentence = *std::prev(it);
    // A list item ("a) …", "- …") starts its own sentence even when the line
    // above runs on without a full stop.
    if (sentence.begin < line.begin && is_list_marker(first_word(text_.text(), line))) sentence.begin = line.begin;
    return sentence;
}

DeadlineContext ContextFinder::context_of(TextSpan deadline, const std::vector<TextSpan>& all_deadlines) const {
    DeadlineContext out;
    TextSpan sentence = sentence_of(deadline);
    auto own = roles_in_sentence(text_, sentence);
    std::erase_if(own, [&](const RoleAssignment& r) {
        return std::any_of(all_deadlines.begin(), all_deadlines.end(),
                           [&](TextSpan d) { return r.span.begin < d.end && d.begin < r.span.end; });
    });
    out.task = task_of(sentence, deadline, own);
    for (const auto& r : doers_of_clause(sentence, deadline, own)) add_unique(out.responsible, r->name);
    std::size_t line = text_.line_at(deadline.begin);
    if (out.responsible.empty()) out.responsible = lead_in_bodies(line);
    if (out.responsible.empty()) out.responsible = heading_bodies(line);
    return out;
}

std::vector<const RoleAssignment*> ContextFinder::doers_of_clause(TextSpan sentence, TextSpan deadline,
                                                                  const std::vector<RoleAssignment>& own) const {
    auto doers_in = [&](TextSpan span) {
        std::vector<const RoleAssignment*> out;
        for (const auto& r : own)
            if ((r.role == "chủ trì" || r.role == "thực hiện") && r.span.begin >= span.begin && r.span.end <= span.end)
                out.push_back(&r);
        return out;
    };
    // A clause of names only lists more of the next clause's subjects ("Các sở,
    // ngành; Ủy ban nhân dân các huyện đăng ký …"): nothing but names and role words.
    auto names_only = [&](TextSpan clause, std::vector<const RoleAssignment*> names) {
        std::sort(names.begin(), names.end(), [](auto* a, auto* b) { return a->span.begin < b->span.begin; });
        std::string rest;
        std::size_t pos = clause.begin;
        for (const auto* r : names) {
            if (r->span.begin > pos) rest += text_.slice({pos, r->span.begin});
            pos = std::max(pos, r->span.end);
        }
        if (pos < clause.end) rest += text_.slice({pos, clause.end});
        return !names.empty() && only_role_words(rest);
    };
    // "X chỉ đạo Y rà soát …, gửi … trước ngày …": Y does the task the term closes; X
    // directs ("lãnh đạo", "chỉ đạo" right after its name) and answers for it only
    // when no one else in the clause does.
    auto directs = [&](const RoleAssignment* r) {
        const std::string& s = text_.text();
        std::size_t end = std::min(sentence.end, r->span.end + 24);
        while (end > r->span.end && end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
        std::string after = folded(text_.slice({r->span.end, end}));
        std::string_view v = trim(after);
        return v.starts_with("chi dao") || v.starts_with("lanh dao");
    };
    auto without_directors = [&](std::vector<const RoleAssignment*> doers) {
        if (!std::all_of(doers.begin(), doers.end(), directs)) std::erase_if(doers, directs);
        return doers;
    };

    const auto clauses = split_clauses(text_, sentence);
    if (clauses.empty()) return without_directors(doers_in(sentence));
    std::size_t k = 0;
    while (k + 1 < clauses.size() && clauses[k].end < deadline.begin) ++k;
    // "Các hội viên tổ chức …; Hội Khuyến học các huyện báo cáo … trước ngày …": the
    // term is its own clause's doers' when it names any.
    if (auto doers = doers_in(clauses[k]); !doers.empty()) {
        for (std::size_t j = k; j-- > 0;) {
            auto names = doers_in(clauses[j]);
            if (!names_only(clauses[j], names)) break;
            doers.insert(doers.begin(), names.begin(), names.end());
        }
        return without_directors(doers);
    }
    // "X lãnh đạo Y …; hoàn thành (việc …) trong Quý I": the clause closes the task before it.
    std::string opening = folded(text_.slice({clauses[k].begin, std::max(clauses[k].begin, deadline.begin)}));
    std::string_view lead = trim(opening);
    if (k > 0 && (lead.empty() || lead.starts_with("hoan thanh") || lead == "xong"))
        if (auto doers = doers_in(clauses[k - 1]); !doers.empty()) return without_directors(doers);
    // A task of its own with no subject ("X chỉ đạo Y …; tổng hợp, báo cáo … trước …")
    // is the sentence's subject's: its lead when the others were given one ("X chỉ đạo
    // Y chủ trì …; báo cáo …"), else the body that directs.
    auto doers = doers_in(sentence);
    if (std::none_of(doers.begin(), doers.end(), directs)) return doers;
    const bool has_lead = std::any_of(doers.begin(), doers.end(), [](auto* r) { return r->role == "chủ trì"; });
    std::erase_if(doers, [&](auto* r) { return has_lead ? r->role != "chủ trì" : !directs(r); });
    return doers;
}

std::string ContextFinder::task_of(TextSpan sentence, TextSpan deadline, const std::vector<RoleAssignment>& own) const {
    const std::string& s = text_.text();
    auto clauses = split_clauses(text_, sentence);
    std::size_t k = 0;
    while (k + 1 < clauses.size() && clauses[k].end < deadline.begin) ++k;

    // Before the deadline, without a closing "hoàn thành" / "xong".
    TextSpan before = trim_span(s, {clauses[k].begin, std::max(clauses[k].begin, deadline.begin)});
    for (bool cut = true; cut;) {
        cut = false;
        std::string f = folded(text_.slice(before));
        for (std::string_view tail : {"hoan thanh", "xong"}) {
            if (f.size() >= tail.size() && f.compare(f.size() - tail.size(), tail.size(), tail) == 0 &&
                (f.size() == tail.size() || !std::isalpha(static_cast<unsigned char>(f[f.size() - tail.size() - 1])))) {
                // Folding keeps one byte per code point: count code points back from the end.
                std::size_t pos = before.end, n = tail.size();
                while (n > 0 && pos > before.begin) {
                    --pos;
                    if ((static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80) --n;
                }
                before = trim_span(s, {before.begin, pos});
                cut = true;
            }
        }
    }
    // After it, up to a purpose ("để …", "nhằm …").
    TextSpan after = trim_span(s, {std::min(deadline.end, clauses[k].end), clauses[k].end});
    for (std::size_t pos = after.begin; pos < after.end; ++pos) {
        if (pos != after.begin && s[pos - 1] != ' ') continue;
        std::string w = to_lower(first_word(s, {pos, after.end}));
        if (w == "để" || w == "nhằm") {
            after = trim_span(s, {after.begin, pos});
            break;
        }
    }

    auto strip_head = [&](TextSpan span) {
        span = trim_span(s, span);
        while (!span.empty() && is_list_marker(first_word(s, span)))
            span = trim_span(s, {span.begin + first_word(s, span).size(), span.end});
        // A label: "Thời gian: Báo cáo 6 tháng".
        std::string_view v = text_.slice(span);
        if (std::size_t colon = v.find(':'); colon != std::string_view::npos && colon < 24)
            span = trim_span(s, {span.begin + colon + 1, span.end});
        // The names and roles in front of the task.
        std::vector<const RoleAssignment*> inside;
        for (const auto& r : own)
            if (r.span.begin >= span.begin && r.span.end <= span.end) inside.push_back(&r);
        std::sort(inside.begin(), inside.end(), [](auto* a, auto* b) { return a->span.begin < b->span.begin; });
        for (const auto* r : inside)
            if (r->span.begin >= span.begin && only_role_words(text_.slice({span.begin, r->span.begin})))
                span = trim_span(s, {std::max(span.begin, r->span.end), span.end});
        for (std::size_t n; (n = starts_with_any(folded(text_.slice(span)),
                                                 {"chu tri", "phoi hop voi", "co trach nhiem", "dong thoi"})) > 0;) {
            // Folded phrases are ASCII, one byte per code point: walk that many code points.
            std::size_t pos = span.begin;
            for (std::size_t i = 0; i < n && pos < span.end; ++i) utf8::next(s, pos);
            span = trim_span(s, {pos, span.end});
        }
        return span;
    };

    TextSpan task = strip_head(before);
    if (task.empty()) task = strip_head(after);
    if (task.empty() && k > 0) task = strip_head({clauses[0].begin, clauses[k - 1].end});
    if (task.empty() && k + 1 < clauses.size()) task = strip_head({clauses[k + 1].begin, clauses.back().end});
    return collapse_spaces(text_.slice(task));
}

std::vector<std::string> ContextFinder::lead_in_bodies(std::size_t line) const {
    // "- X phối hợp với Y:" then "+ …" items: the items are X's and Y's.
    std::string_view own = trim(text_.line_text(line));
    if (own.empty() || (own[0] != '+' && own[0] != '-')) return {};
    char item = own[0];
    std::size_t up = line;
    while (up > 0 && !trim(text_.line_text(up - 1)).empty() && trim(text_.line_text(up - 1))[0] == item) --up;
    if (up == 0) return {};
    std::string_view lead_in = trim(text_.line_text(up - 1));
    if (lead_in.empty() || lead_in.back() != ':') return {};
    auto roles = roles_in_sentence(text_, text_.lines()[up - 1].span);
    std::sort(roles.begin(), roles.end(), [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
    std::vector<std::string> out;
    for (const auto& r : roles) add_unique(out, r.name);
    return out;
}

std::vector<std::string> ContextFinder::heading_bodies(std::size_t line) const {
    // The nearest heading above that names a body, if no part of the same or a
    // higher level starts between it and the deadline.
    std::size_t heading_line = 0;
    bool found = false;
    for (const auto& r : roles_)
        if (r.rule == "role.heading") {
            std::size_t l = text_.line_at(r.span.begin);
            if (l < line && (!found || l > heading_line)) {
                heading_line = l;
                found = true;
            }
        }
    if (!found) return {};
    int depth = numbering_depth(text_.line_text(heading_line));
    for (std::size_t l = heading_line + 1; l <= line; ++l) {
        int d = numbering_depth(text_.line_text(l));
        if (d >= 0 && d <= depth) return {};
    }
    std::vector<std::string> out;
    for (const auto& r : roles_)
        if (r.rule == "role.heading" && text_.line_at(r.span.begin) == heading_line) add_unique(out, r.name);
    return out;
}

}  // namespace vbtrack::deadlines
