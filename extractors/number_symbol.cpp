#include "extractors/number_symbol.hpp"

#include <cctype>

#include "extractors/type_table.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_symbol_char(char32_t c) { return is_digit(c) || is_letter(c); }
bool is_separator(char32_t c) { return c == U'/' || c == U'-' || c == U'–'; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

// A run of letters/digits at i; returns its end and whether it holds an upper-case letter.
std::size_t symbol_part(std::string_view s, std::size_t i, bool& has_upper, bool& has_letter) {
    has_upper = has_letter = false;
    while (i < s.size()) {
        std::size_t next = i;
        char32_t c = utf8::next(s, next);
        if (!is_symbol_char(c)) break;
        has_upper = has_upper || is_upper(c);
        has_letter = has_letter || is_letter(c);
        i = next;
    }
    return i;
}

bool is_all_caps_ascii(std::string_view s) {
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return !s.empty();
}

// A code is written in the Vietnamese alphabet. OCR reads "Đ" as the look-alike
// "Ð" (U+00D0), and a speck beside a letter as one Vietnamese never uses
// ("QCŒ" for "QC"): the first is mended, the second dropped.
std::string in_vietnamese_letters(std::string_view part) {
    std::string out;
    for (std::size_t pos = 0; pos < part.size();) {
        const std::size_t at = pos;
        const char32_t c = utf8::next(part, pos);
        const std::string_view letter = part.substr(at, pos - at);
        if (c == U'\u00D0') {
            out += "\xC4\x90";
            continue;
        }
        const std::string base = folded(letter);
        const bool foreign = is_letter(c) && c != U'Đ' && c != U'đ' &&
                             !(base.size() == 1 && std::isalpha(static_cast<unsigned char>(base[0])));
        if (!foreign) out += letter;
    }
    return out;
}

}  // namespace

std::optional<Finding<std::string>> number_symbol_at(std::string_view s, std::size_t pos, std::size_t base) {
    std::size_t i = skip_spaces(s, pos);
    std::size_t begin = i;
    std::size_t digits_end = i;
    while (digits_end < s.size() && std::isdigit(static_cast<unsigned char>(s[digits_end]))) ++digits_end;
    if (digits_end == i || digits_end - i > 6) return std::nullopt;
    std::string value(s.substr(i, digits_end - i));
    i = digits_end;
    int parts = 0;
    bool any_letters = false;
    std::size_t end = i;
    // OCR may drop the separator after the number ("06KH-UBND", "12KH/TU"): a type
    // code glued to it takes back the one its form puts there, "/" before the
    // issuer's "-UNIT" (state), "-" before "/ISSUER" (Party).
    if (bool has_upper = false, has_letter = false; i < s.size() && std::isupper(static_cast<unsigned char>(s[i]))) {
        const std::size_t code_end = symbol_part(s, i, has_upper, has_letter);
        const std::string_view code = s.substr(i, code_end - i);
        const bool party = code_end < s.size() && s[code_end] == '/';
        if (code_end < s.size() && (party || s[code_end] == '-') && doc_type_for_code(code, party)) {
            value += party ? '-' : '/';
            value += in_vietnamese_letters(code);
            any_letters = true;
            ++parts;
            i = end = code_end;
        }
    }
    while (true) {
        // A separator, possibly with stray spaces around it or doubled (OCR and typists add them).
        std::size_t j = skip_spaces(s, i);
        std::size_t sep_end = j;
        if (sep_end >= s.size()) break;
        char32_t sep = utf8::next(s, sep_end);
        if (!is_separator(sep)) {
            // OCR splits a code at a space ("1037-CV/BDV TU"): a short run of
            // capitals right after a part is its tail.
            bool has_upper = false, has_letter = false;
            std::size_t frag_end = symbol_part(s, j, has_upper, has_letter);
            std::string_view frag = s.substr(j, frag_end - j);
            if (j > i && parts > 0 && frag.size() <= 3 && is_all_caps_ascii(frag)) {
                value += frag;
                end = frag_end;
            }
            break;
        }
        while (true) {  // "//" read for "/"
            std::size_t next = skip_spaces(s, sep_end);
            std::size_t after = next;
            if (after >= s.size() || utf8::next(s, after) != sep) break;
            sep_end = after;
        }
        j = skip_spaces(s, sep_end);
        bool has_upper = false, has_letter = false;
        std::size_t part_end = symbol_part(s, j, has_upper, has_letter);
        if (part_end == j) break;
        // Every part after the number is a code (upper case) or the year of a normative document.
        std::string_view part = s.substr(j, part_end - j);
        bool year = !has_letter && part.size() == 4 && parts == 0;
        if (!has_upper && !year) break;
        value += sep == U'–' ? '-' : static_cast<char>(sep);
        value += in_vietnamese_letters(part);
        any_letters = any_letters || has_letter;
        ++parts;
        i = end = part_end;
    }
    if (!any_letters) return std::nullopt;
    Finding<std::string> out;
    out.value = value;
    out.span = {base + begin, base + end};
    out.rule = parts >= 2 ? "number_symbol.full" : "number_symbol.short";
    out.confidence = parts >= 2 ? 1.0 : 0.8;
    return out;
}

std::optional<Finding<std::string>> find_number_line(std::string_view line, std::size_t base) {
    FoldedText f = fold(line);
    const std::string& s = f.folded;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != 's' || (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1])))) continue;
        // "Số" read as So / Sô / S6 / S0 / Sé; anything else in the second place is not it.
        char second = s[i + 1];
        if (second != 'o' && second != '6' && second != '0' && second != 'e' && second != 'a') continue;
        std::size_t j = i + 2;
        if (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) continue;
        while (j < s.size() && (s[j] == ' ' || s[j] == ':' || s[j] == '.' || s[j] == ';')) ++j;
        std::size_t source_pos = f.origin[j];
        if (auto found = number_symbol_at(line, source_pos, base)) {
            found->rule = "number_line." + found->rule;
            found->span.begin = base + f.origin[i];  // evidence covers "Số:"
            return found;
        }
    }
    return std::nullopt;
}

SymbolParts split_number_symbol(std::string_view symbol) {
    SymbolParts out;
    std::size_t i = 0;
    while (i < symbol.size() && std::isdigit(static_cast<unsigned char>(symbol[i]))) ++i;
    out.number = std::string(symbol.substr(0, i));
    if (i >= symbol.size()) return out;
    out.party_form = symbol[i] == '-';
    std::string_view rest = symbol.substr(i + 1);
    // Normative documents put the year first: 30/2020/NĐ-CP.
    if (rest.size() > 5 && std::isdigit(static_cast<unsigned char>(rest[0])) && rest[4] == '/') rest = rest.substr(5);
    std::size_t end = rest.find_first_of(out.party_form ? "/" : "-/");
    std::string_view first = rest.substr(0, end);
    out.code_field = std::string(first);
    if (doc_type_for_code(first, out.party_form)) out.type_code = out.code_field;
    return out;
}

}  // namespace vbtrack
