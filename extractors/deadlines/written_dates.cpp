#include "extractors/deadlines/written_dates.hpp"

#include <string_view>

namespace vbtrack::deadlines {

namespace {

// "/2024", "-2024", "năm 2024" after a month or quarter.
std::optional<int> year_suffix(TokenCursor& c) {
    std::size_t start = c.pos();
    if (c.mark('/') || c.mark('-') || c.word("nam"))
        if (auto year = four_digit_year(c)) return year;
    c.seek(start);
    return std::nullopt;
}

// "(của) tháng cuối (của | mỗi | hằng) quý": the report of a quarter, due in its last month.
bool last_month_of_quarter(TokenCursor& c) {
    std::size_t start = c.pos();
    c.word("cua");
    if (c.words({"thang", "cuoi"})) {
        if (!c.word("cua")) c.any_word({"moi", "hang"});
        if (c.word("quy")) return true;
    }
    c.seek(start);
    return false;
}

// The last month of "Quý IV", "tháng 12" at the cursor (0: none); `unit` is the word read.
int quarter_or_month(TokenCursor& c, std::string_view& unit) {
    std::size_t start = c.pos();
    if (c.word("quy")) {
        unit = "quy";
        static const std::string_view roman[] = {"i", "ii", "iii", "iv"};
        for (int q = 0; q < 4; ++q)
            if (c.word(roman[q])) return (q + 1) * 3;
        if (auto n = c.number(1); n && *n >= 1 && *n <= 4) return *n * 3;
    } else if (c.word("thang")) {
        unit = "thang";
        if (auto month = c.number(2); month && *month >= 1 && *month <= 12) return *month;
    }
    c.seek(start);
    return 0;
}

}  // namespace

bool plausible_day(int month, int day) {
    static const int longest[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= longest[month - 1];
}

std::optional<int> four_digit_year(TokenCursor& c) {
    std::size_t start = c.pos();
    int digits = 0;
    auto year = c.split_number(4, "", &digits);
    if (year && digits == 4 && *year >= 1900) return year;
    c.seek(start);
    return std::nullopt;
}

void skip_time_of_day(TokenCursor& c) {
    std::size_t start = c.pos();
    if (c.number(2) && c.any_word({"gio", "h"})) {
        c.number(2);
        c.word("phut");
        c.mark(',');
        return;
    }
    c.seek(start);
}

std::optional<DateParts> read_date(TokenCursor& c) {
    std::size_t start = c.pos();
    c.word("ngay");
    auto day = c.number(2);
    if (!day) return no_match(c, start);
    DateParts out;
    out.day = *day;
    bool month_read = false;
    for (char sep : {'/', '-', '.'}) {
        if (!c.mark(sep)) continue;
        auto month = c.split_number(2, std::string_view(&sep, 1));
        if (!month) return no_match(c, start);
        out.month = *month;
        month_read = true;
        std::size_t after_month = c.pos();
        if (c.mark(sep)) {
            if (auto year = four_digit_year(c)) out.year = *year;
            else c.seek(after_month);
        }
        break;
    }
    if (!month_read && last_month_of_quarter(c)) {
        if (*day < 1 || *day > 30) return no_match(c, start);  // June and September have 30 days
        out.kind = PhraseKind::quarterly;
        return out;
    }
    if (!month_read && c.word("thang")) {
        auto month = c.number(2);
        if (!month) return no_match(c, start);
        out.month = *month;
        month_read = true;
        std::size_t after_month = c.pos();
        if (c.word("nam")) {
            if (auto year = four_digit_year(c)) out.year = *year;
            else c.seek(after_month);
        }
    }
    if (!month_read) {
        // "ngày 05 hằng tháng", "ngày 20 của hằng tháng", "ngày 10 mỗi tháng"
        c.word("cua");
        if (c.any_word({"hang", "moi"}) && c.word("thang") && *day >= 1 && *day <= 31) {
            out.kind = PhraseKind::monthly;
            return out;
        }
        return no_match(c, start);
    }
    if (!plausible_day(out.month, out.day)) return no_match(c, start);
    if (out.year == 0) {
        std::size_t before_suffix = c.pos();
        c.word("cua");
        if (c.any_word({"hang", "moi"}) && c.word("nam")) out.kind = PhraseKind::yearly;
        else c.seek(before_suffix);
    }
    return out;
}

std::optional<DateParts> read_period(TokenCursor& c) {
    std::size_t start = c.pos();
    DateParts out;
    out.kind = PhraseKind::period;
    std::string_view unit;
    if (int month = quarter_or_month(c, unit)) {
        out.month = month;
        std::size_t after_first = c.pos();
        if (year_suffix(c)) {
            c.seek(after_first);
        } else if (c.any_word({"va", "den"}) || c.mark('-')) {
            std::string_view next_unit;
            int last = quarter_or_month(c, next_unit);
            std::size_t after_last = c.pos();
            if (last > out.month && next_unit == unit && year_suffix(c)) {
                out.month = last;
                c.seek(after_last);
            } else {
                c.seek(after_first);
            }
        }
    } else if (auto months = c.number(1); months && (*months == 3 || *months == 6 || *months == 9) &&
                                          c.word("thang")) {
        if (c.word("dau")) out.month = *months;
        else if (c.word("cuoi")) out.month = 12;
        else return no_match(c, start);
        if (!c.word("nam")) return no_match(c, start);
        if (auto year = four_digit_year(c)) out.year = *year;
        return out;
    } else {
        return no_match(c, start);
    }
    if (auto year = year_suffix(c)) out.year = *year;
    return out;
}

std::nullopt_t no_match(TokenCursor& c, std::size_t start) {
    c.seek(start);
    return std::nullopt;
}

}  // namespace vbtrack::deadlines
