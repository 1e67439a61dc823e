#include "extractors/calendar/civil_date.hpp"

#include <charconv>
#include <cstdio>

namespace vbtrack::calendar {

using namespace std::chrono;

std::optional<Date> make_date(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    Date date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::optional<Date> parse_iso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t pos, std::size_t len) {
        int v = -1;
        auto [end, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, v);
        return (ec == std::errc() && end == text.data() + pos + len) ? v : -1;
    };
    return make_date(number(0, 4), number(5, 2), number(8, 2));
}

std::string to_iso(const Date& date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buf;
}

Date add_days(const Date& date, int days) { return Date{Days{date} + std::chrono::days{days}}; }

Date add_months(const Date& date, int months) {
    year_month ym = year_month{date.year(), date.month()} + std::chrono::months{months};
    Date candidate{ym.year(), ym.month(), date.day()};
    return candidate.ok() ? candidate : Date{ym / last};
}

Date last_day_of_month(int y, int m) { return Date{year{y} / month{static_cast<unsigned>(m)} / last}; }

bool is_weekend(const Date& date) {
    weekday wd{Days{date}};
    return wd == Saturday || wd == Sunday;
}

}  // namespace vbtrack::calendar
