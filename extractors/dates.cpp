#include "extractors/dates.hpp"

#include <cctype>
#include <cstdio>

#include "extractors/vietnamese.hpp"

namespace vbtrack {

std::string CivilDate::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

bool is_valid_date(int year, int month, int day) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

namespace {

// A cursor over the folded text: one byte per code point, ASCII only.
struct Cursor {
    const std::string& s;
    std::size_t i;

    bool at_end() const { return i >= s.size(); }
    char peek() const { return at_end() ? '\0' : s[i]; }
    void skip_spaces() {
        while (!at_end() && s[i] == ' ') ++i;
    }
    // 1-4 digits; returns -1 when none.
    int number(int max_digits, int* digits = nullptr) {
        int value = 0, n = 0;
        while (!at_end() && n < max_digits && std::isdigit(static_cast<unsigned char>(s[i]))) {
            value = value * 10 + (s[i] - '0');
            ++i;
            ++n;
        }
        if (digits) *digits = n;
        if (n > 0 && !at_end() && std::isdigit(static_cast<unsigned char>(s[i]))) return -1;  // too long
        return n == 0 ? -1 : value;
    }
    // A word of 2..6 letters (or OCR junk) starting with `prefix`.
    bool word(std::string_view prefix) {
        if (s.compare(i, prefix.size(), prefix) != 0) return false;
        std::size_t j = i + prefix.size();
        while (j < s.size() && s[j] != ' ' && !std::isdigit(static_cast<unsigned char>(s[j])) && j - i < 6) ++j;
        if (j < s.size() && s[j] != ' ') return false;
        i = j;
        return true;
    }
};

bool word_boundary_before(const std::string& s, std::size_t i) {
    return i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1]));
}

// "ngày"/"ngay" as a word at i (OCR: "ngdy", "ngảy"); returns the index after it.
std::optional<std::size_t> day_word(const std::string& s, std::size_t i) {
    Cursor c{s, i};
    if (!word_boundary_before(s, i) || !c.word("ng")) return std::nullopt;
    return c.i;
}

std::optional<Finding<CivilDate>> parse_at(const FoldedText& f, std::size_t start) {
    const std::string& s = f.folded;
    Cursor c{s, start};
    std::size_t span_begin = start;
    if (auto after = day_word(s, c.i)) c.i = *after;
    c.skip_spaces();
    if (c.peek() == ':') {
        ++c.i;
        c.skip_spaces();
    }
    if (!std::isdigit(static_cast<unsigned char>(c.peek()))) return std::nullopt;
    if (!word_boundary_before(s, c.i)) return std::nullopt;
    int day = c.number(2);
    if (day < 0) return std::nullopt;
    Finding<CivilDate> out;
    char sep = c.peek();
    if (sep == '/' || sep == '-' || sep == '.') {
        ++c.i;
        int month = c.number(2);
        if (month < 0 || c.peek() != sep) return std::nullopt;
        ++c.i;
        int digits = 0;
        int year = c.number(4, &digits);
        if (digits != 4 || !is_valid_date(year, month, day)) return std::nullopt;
        out.value = {year, month, day};
        out.rule = "date.numeric";
    } else {
        // day "tháng" month "năm" year
        c.skip_spaces();
        if (!c.word("th")) return std::nullopt;
        c.skip_spaces();
        int month = c.number(2);
        if (month < 0) return std::nullopt;
        c.skip_spaces();
        if (!c.word("n")) return std::nullopt;
        c.skip_spaces();
        int digits = 0;
        int year = c.number(4, &digits);
        if (digits != 4 || !is_valid_date(year, month, day)) return std::nullopt;
        out.value = {year, month, day};
        out.rule = "date.words";
    }
    out.span = f.to_source(span_begin, c.i);
    return out;
}

}  // namespace

std::optional<Finding<CivilDate>> date_at(std::string_view text, std::size_t pos, std::size_t base) {
    // A date is short: fold only a window, so that callers scanning a long text stay linear.
    FoldedText f = fold(text.substr(pos, 64), base + pos);
    std::size_t i = 0;
    while (i < f.folded.size() && (f.folded[i] == ' ' || f.folded[i] == ',')) ++i;
    return parse_at(f, i);
}

std::optional<Finding<CivilDate>> find_date(std::string_view text, std::size_t from, std::size_t base) {
    FoldedText f = fold(text.substr(from), base + from);
    const std::string& s = f.folded;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool candidate = (s[i] == 'n' && day_word(s, i)) ||
                         (std::isdigit(static_cast<unsigned char>(s[i])) && word_boundary_before(s, i));
        if (!candidate) continue;
        if (auto found = parse_at(f, i)) return found;
    }
    return std::nullopt;
}

}  // namespace vbtrack
