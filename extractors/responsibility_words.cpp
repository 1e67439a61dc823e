#include "extractors/responsibility_words.hpp"

#include "extractors/responsibility_heads.hpp"
#include "extractors/responsibility_predicates.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack::roles {

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
        if (w.upper && pos < e && (s[pos] == '\'' || s.compare(pos, 3, "\u2019") == 0))
            pos += s[pos] == '\'' ? 1 : 3;  // "M'gar", "H’Nương": the apostrophe is inside the word
        w.title = w.upper && pos < e && is_lower(utf8::next(s, pos));
        out.push_back(std::move(w));
    }
    mark_predicates(out);
    keep_specifiers(out);
    keep_hyphenated_fields(out);
    keep_advisory_organs(out);
    keep_police_fields(out);
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

// Last syllables of the nouns of an administrative level.
bool level_noun(const Word& w) {
    if (w.upper) return false;
    for (std::string_view level : {"tỉnh", "huyện", "xã", "trấn", "phố", "phường", "quận"})
        if (w.f == level) return true;
    return false;
}

}  // namespace vbtrack::roles
