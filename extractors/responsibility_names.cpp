#include "extractors/responsibility_names.hpp"

#include <algorithm>
#include <cctype>

#include "extractors/vietnamese.hpp"

namespace vbtrack::roles {

namespace {

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

// Whether the words from i repeat the head noun the name at `start` opens with
// ("bộ phận A, bộ phận B", "Tổ A, tổ B"): the noun of an unknown head is taken to
// be its first two syllables.
bool repeats_head(const std::vector<Word>& w, std::size_t start, std::size_t i) {
    std::size_t n = head_length(w, start);
    if (n == 0) n = 2;
    if (i + n >= w.size() || start + n >= i) return false;
    for (std::size_t k = 0; k < n; ++k)
        if (w[start + k].f != w[i + k].f || w[start + k].punct) return false;
    return true;
}

// A comma starts a new name before a body's head or "các", before the head noun
// the name opens with, or after a name its place has closed; before another
// capitalized word it goes on with the name.
bool new_name_after_comma(const std::vector<Word>& w, std::size_t start, std::size_t comma) {
    const Word& next = w[comma + 1];
    if (next.f == "các" || repeats_head(w, start, comma + 1)) return true;
    if (!next.upper) return false;
    return body_head_at(w, comma + 1) || closed_by_place(w, start, comma);
}

// "và" starts a new name before "các", and before a body's head once the list has
// a comma, after a closed name, or when the head is not an abbreviation; after
// "Các X ... khác" ("the other X") whatever follows.
bool new_name_after_and(const std::vector<Word>& w, std::size_t start, std::size_t va, bool listed) {
    const Word& next = w[va + 1];
    if (next.f == "các" || (w[va - 1].f == "khác" && w[start].f == "các" && !w[va - 1].punct)) return true;
    if (!body_head_at(w, va + 1)) return false;
    // "..., công đoàn ngành và công đoàn cơ sở trực thuộc", "thành đoàn và đoàn trực
    // thuộc": a lower-case kind after a listed lower-case kind goes on with the list.
    if (!next.upper && !closed_by_place(w, start, va - 1)) {
        std::size_t item = va - 1;
        while (item > start && !w[item - 1].punct) --item;
        if (item > start && w[item - 1].punct == ',' && !w[item].upper) return false;
    }
    return listed || closed_by_place(w, start, va - 1) || !abbreviation(next);
}

// The length of a name without the places its plural level lists ("Ban Thường
// trực ... các huyện A, B, C" is long for its places, not for what it names).
std::size_t words_before_places(const std::vector<Word>& w, NameRange r) {
    for (std::size_t k = r.begin + 1; k + 1 < r.end; ++k)
        if (w[k - 1].f == "các" && level_noun(w[k]) && w[k + 1].title) return k + 1 - r.begin;
    return r.end - r.begin;
}

// Where a parenthesis of two words or more starting at word i closes ("(Cơ quan
// ...)", "(qua Văn phòng)"); 0 when there is none ("(bà)" is one word of the name).
std::size_t apposition_end(const std::vector<Word>& w, std::size_t i) {
    if (w[i].f.size() < 2 || w[i].f[0] != '(' || w[i].f.back() == ')') return 0;
    for (std::size_t k = i + 1; k < w.size() && k < i + kMaxNameWords; ++k)
        if (!w[k].f.empty() && w[k].f.back() == ')') return k;
    return 0;
}

// "Công an tỉnh (Phòng Cảnh sát kinh tế)", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh (Hải
// đội Biên phòng 2)": a unit of the body in parentheses says which part of it acts,
// and is part of its name; a body named again ("(Cơ quan Thường trực …)") is not.
bool unit_in_parentheses(const std::vector<Word>& w, std::size_t i) {
    const std::string_view first = std::string_view(w[i].f).substr(1);
    const std::string_view second = i + 1 < w.size() ? std::string_view(w[i + 1].f) : std::string_view();
    for (std::string_view unit : {"phòng", "đội", "đồn", "trạm", "tổ", "cục", "vụ", "khoa"})
        if (first == unit) return true;
    return (first == "hải" && second == "đội") || (first == "chi" && second == "cục") ||
           (first == "trung" && second == "tâm");
}

}  // namespace

std::string name_text(const std::string& s, const std::vector<Word>& w, std::size_t b, std::size_t e) {
    TextSpan span{w[b].span.begin, w[e - 1].span.end};
    std::string name = collapse_spaces(std::string_view(s).substr(span.begin, span.size()));
    while (!name.empty() && std::string_view(",;:.").find(name.back()) != std::string_view::npos) name.pop_back();
    // "các ban,ngành": a typed list missing its space is the same name as "các ban, ngành".
    for (std::size_t at = name.find(','); at != std::string::npos; at = name.find(',', at + 1))
        if (at + 1 < name.size() && name[at + 1] != ' ') name.insert(name.begin() + static_cast<std::ptrdiff_t>(at) + 1, ' ');
    return capitalize_first(name);
}

// The names of a list starting at word b: "Sở Tư pháp, Sở Lao động - Thương binh
// và Xã hội, Bảo hiểm xã hội tỉnh làm sạch ..." -> three names. The list ends at
// a predicate or at ':' ';' '.'; items split at a comma before a capital or
// "các", at "và các", and, once the list has a comma, at "và" before a body:
// "X, Y và đại biểu Z" is three. An item runs to at most twice a name's words
// (longer, it is no name, and the list ends); the list has no such bound: five
// bodies of a district and "các cơ quan, đơn vị chịu sự giám sát" run to 31 words.
std::vector<NameRange> name_list(const std::vector<Word>& w, std::size_t b, std::size_t* list_end) {
    std::vector<NameRange> out;
    std::size_t start = b, i = b;
    for (; i < w.size() && i - start < kMaxNameWords * 2; ++i) {
        if (i > start && w[i].stop) break;
        // "Ban Nội chính Tỉnh ủy (Cơ quan Thường trực Ban Chỉ đạo) theo dõi ...": a
        // body named again in parentheses is not part of the name.
        if (std::size_t close = apposition_end(w, i); i > start && close) {
            out.push_back({start, unit_in_parentheses(w, i) ? close + 1 : i});
            i = start = close + 1;
            char after = w[close].punct;
            if (after == ':' || after == ';' || after == '.' || (i < w.size() && w[i].stop)) break;
            --i;  // the loop moves on to the word after ')'
            continue;
        }
        if (w[i].f == "và" && i + 1 < w.size() && i > start && new_name_after_and(w, start, i, !out.empty())) {
            out.push_back({start, i});
            start = i + 1;
            continue;
        }
        char p = w[i].punct;
        // "Trưởng phòng X các huyện: A, B, C": the places of a plural level are part of its name.
        bool places_follow = p == ':' && i > start && level_noun(w[i]) && w[i - 1].f == "các" && i + 1 < w.size() &&
                             w[i + 1].title && !body_head_at(w, i + 1);
        if ((p == ':' && !places_follow) || p == ';' || p == '.') {
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
    std::erase_if(out, [&](const NameRange& r) { return r.end <= r.begin || words_before_places(w, r) > kMaxNameWords; });
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
// Văn hóa và Thông tin;"), a list item that is only a name. Only names with a
// capitalized word after the head, which a sentence cannot continue in lower case.

namespace {

bool starts_with_letter(const Word& w) {
    if (w.f.empty()) return false;
    auto c = static_cast<unsigned char>(w.f[0]);
    return c >= 0x80 || std::isalpha(c);
}

// Adds the names of `names` that have a capitalized word after their head.
void add_proper_names(const std::vector<Word>& w, const std::vector<NameRange>& names, KnownNames& out) {
    for (auto r : names) {
        std::size_t h = r.begin + head_length(w, r.begin);
        if (r.end - r.begin > 12 || std::none_of(w.begin() + h, w.begin() + r.end, [](const Word& x) { return x.upper; }))
            continue;
        std::vector<std::string> name;
        for (std::size_t k = r.begin; k < r.end; ++k) name.push_back(w[k].f);
        out.push_back(std::move(name));
    }
}

// "- Các phòng: Tham mưu, Cảnh sát quản lý hành chính về trật tự xã hội;": a
// plural head before a colon names one body per item ("Phòng Tham mưu", ...).
void add_items_of_plural_head(const std::vector<Word>& w, std::size_t b, KnownNames& out) {
    if (b + 2 >= w.size() || w[b].f != "các" || w[b + 1].punct != ':' || head_length(w, b + 1) != 1) return;
    std::vector<std::string> name{w[b + 1].f};
    for (std::size_t k = b + 2; k < w.size(); ++k) {
        if (name.size() == 1 && !w[k].upper) return;  // each item starts with its capital
        name.push_back(w[k].f);
        if (w[k].punct || k + 1 == w.size()) {
            if (name.size() <= 12) out.push_back(name);
            name.resize(1);
        }
    }
}

bool ends_with_punctuation(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return !line.empty() && std::string_view(",;.:)").find(line.back()) != std::string_view::npos;
}

// A line's words, up to a bracket ("- Sở Tài chính (b/c);"), and whether the line ends with punctuation.
struct LineWords {
    std::vector<Word> words;
    bool punctuated;
};

std::vector<LineWords> line_words(const DocumentText& text) {
    std::vector<LineWords> out;
    out.reserve(text.line_count());
    for (std::size_t line = 0; line < text.line_count(); ++line) {
        TextSpan span = text.lines()[line].span;
        std::string_view l = text.line_text(line);
        if (auto paren = l.find('('); paren != std::string_view::npos) span.end = span.begin + paren;
        out.push_back({words_of(text.text(), span), ends_with_punctuation(l)});
    }
    return out;
}

// True when most list items of the document end with punctuation ("- Sở Tài
// chính;"): then an item that does not was cut where its line wrapped, as OCR
// cuts a recipient ("- Ủy ban kiểm tra các huyện ủy, thành ủy, đảng" / "ủy trực
// thuộc,"), and its words are no whole name.
bool items_end_with_punctuation(const std::vector<LineWords>& lines) {
    std::size_t items = 0, punctuated = 0;
    for (const LineWords& line : lines) {
        if (line.words.size() < 3 || !is_marker(line.words[0])) continue;
        ++items;
        punctuated += line.punctuated;
    }
    return items >= 3 && 3 * punctuated >= 2 * items;
}

}  // namespace

KnownNames delimited_names(const DocumentText& text, const std::vector<std::vector<Word>>& sentences) {
    KnownNames out;
    const std::vector<LineWords> lines = line_words(text);
    const bool items_punctuated = items_end_with_punctuation(lines);
    for (const LineWords& line : lines) {
        const std::vector<Word>& w = line.words;
        std::size_t b = 0;
        while (b < w.size() && is_marker(w[b])) ++b;
        if (b + 1 < w.size() && w[b].f == "kính" && w[b + 1].f == "gửi") b += 2;
        else if (b == 0) continue;  // a plain line: no delimiter says where its names end
        else if (items_punctuated && !line.punctuated) continue;  // cut where it wrapped
        if (b >= w.size() || !body_head_at(w, b)) continue;
        add_items_of_plural_head(w, b, out);
        std::size_t end = 0;
        auto names = name_list(w, b, &end);
        if (end == w.size()) add_proper_names(w, names, out);  // a list of names, not a sentence
    }
    // "Sở Tài chính chủ trì, ...": a list a listed verb ends is delimited too.
    for (const std::vector<Word>& w : sentences) {
        for (std::size_t i = 0; i < w.size(); ++i) {
            if (!w[i].upper || !body_head_at(w, i) || (i > 0 && w[i - 1].upper && !w[i - 1].punct)) continue;
            std::size_t end = 0;
            auto names = name_list(w, i, &end);
            if (end < w.size() && end > i && !w[end - 1].punct && listed_predicate(w, end)) add_proper_names(w, names, out);
            i = std::max(i, end);
        }
    }
    return out;
}

// "Phòng Văn hóa và Thông tin soạn thảo ...": where the document delimits a name
// elsewhere, the lower-case word after it here is the verb, listed or not, and
// the words inside it are the name's ("Phòng Cảnh sát quản lý hành chính về trật
// tự xã hội": "về" goes on).
void mark_known_name_ends(std::vector<Word>& w, const KnownNames& known) {
    struct Match {
        std::size_t begin, end;
    };
    std::vector<Match> matches;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (!w[i].upper || (i > 0 && !w[i - 1].punct && (w[i - 1].upper || head_ends_before(w, i)))) continue;
        for (const auto& name : known) {
            std::size_t e = i + name.size();
            if (e > w.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < name.size() && same; ++k) same = w[i + k].f == name[k];
            if (same) matches.push_back({i, e});
        }
    }
    // Inside every known name first, so that a longer name does not undo where a shorter one ends.
    for (const Match& m : matches)
        for (std::size_t k = m.begin + 1; k < m.end; ++k) w[k].predicate = w[k].stop = false;
    for (const Match& m : matches) {
        std::size_t e = m.end;
        // A word, not "(b/c)" or a number.
        if (e == w.size() || w[e - 1].punct || w[e].upper || w[e].predicate || !starts_with_letter(w[e])) continue;
        if (!goes_on_after_place(w[e]) && w[e].f != "các" && w[e].f != "khác") w[e].predicate = w[e].stop = true;
    }
}

}  // namespace vbtrack::roles
