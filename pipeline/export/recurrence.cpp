#include "pipeline/export/recurrence.hpp"

#include <charconv>

namespace vbtrack {

namespace {

using namespace std::chrono;

std::optional<unsigned> two_digits(const std::string& s, std::size_t pos) {
    unsigned value = 0;
    const char* begin = s.data() + pos;
    auto [end, ec] = std::from_chars(begin, begin + 2, value);
    if (ec != std::errc{} || end != begin + 2) return std::nullopt;
    return value;
}

// The day `d` of this month, or the month's last day when it is shorter.
Date clamped(year_month ym, unsigned d) {
    const auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
    return Date{ym.year(), ym.month(), std::min(day{d}, last)};
}

}  // namespace

std::optional<Recurrence> Recurrence::parse(const std::string& month_day) {
    const bool monthly = month_day.size() == 4 && month_day.compare(0, 2, "*-") == 0;
    const bool yearly = month_day.size() == 5 && month_day[2] == '-';
    if (!monthly && !yearly) return std::nullopt;
    auto day = two_digits(month_day, monthly ? 2 : 3);
    if (!day || *day < 1 || *day > 31) return std::nullopt;
    if (monthly) return Recurrence{Every::month, 0, *day};
    auto month = two_digits(month_day, 0);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    return Recurrence{Every::year, *month, *day};
}

Date Recurrence::next(Date from) const {
    const bool yearly = every == Every::year;
    year_month ym{from.year(), yearly ? std::chrono::month{month} : from.month()};
    Date candidate = clamped(ym, day);
    if (sys_days{candidate} < sys_days{from}) candidate = clamped(yearly ? ym + years{1} : ym + months{1}, day);
    return candidate;
}

std::vector<Date> Recurrence::between(Date from, Date to) const {
    std::vector<Date> dates;
    for (Date d = next(from); sys_days{d} <= sys_days{to}; d = next(Date{sys_days{d} + days{1}}))
        dates.push_back(d);
    return dates;
}

}  // namespace vbtrack
