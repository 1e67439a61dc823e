#include "pipeline/export/calendar_date.hpp"

#include <charconv>
#include <ctime>
#include <cstdio>

namespace vbtrack {

namespace {

using namespace std::chrono;

std::optional<int> parse_int(const std::string& s, std::size_t pos, std::size_t len) {
    if (pos + len > s.size()) return std::nullopt;
    int value = 0;
    const char* begin = s.data() + pos;
    auto [end, ec] = std::from_chars(begin, begin + len, value);
    if (ec != std::errc{} || end != begin + len) return std::nullopt;
    return value;
}

// The day `d` of this month, or the month's last day when it is shorter.
Date clamp_day(year_month ym, unsigned d) {
    const auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
    return Date{ym.year(), ym.month(), std::min(day{d}, last)};
}

}  // namespace

std::optional<Date> parse_iso_date(const std::string& iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    auto y = parse_int(iso, 0, 4), m = parse_int(iso, 5, 2), d = parse_int(iso, 8, 2);
    if (!y || !m || !d) return std::nullopt;
    Date date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

namespace {

std::string format_date(Date date, const char* pattern) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, pattern, int(date.year()), unsigned(date.month()), unsigned(date.day()));
    return buffer;
}

}  // namespace

std::string to_iso(Date date) { return format_date(date, "%04d-%02u-%02u"); }

std::string to_basic_iso(Date date) { return format_date(date, "%04d%02u%02u"); }

Date local_today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{year{local.tm_year + 1900}, month{static_cast<unsigned>(local.tm_mon + 1)},
                day{static_cast<unsigned>(local.tm_mday)}};
}

std::optional<Date> next_occurrence(const std::string& month_day, Date from) {
    const bool monthly = month_day.size() == 4 && month_day[0] == '*' && month_day[1] == '-';
    const bool yearly = month_day.size() == 5 && month_day[2] == '-';
    if (monthly) {
        auto d = parse_int(month_day, 2, 2);
        if (!d || *d < 1 || *d > 31) return std::nullopt;
        year_month ym{from.year(), from.month()};
        Date candidate = clamp_day(ym, *d);
        if (sys_days{candidate} < sys_days{from}) candidate = clamp_day(ym + months{1}, *d);
        return candidate;
    }
    if (yearly) {
        auto m = parse_int(month_day, 0, 2), d = parse_int(month_day, 3, 2);
        if (!m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
        year_month ym{from.year(), month{static_cast<unsigned>(*m)}};
        Date candidate = clamp_day(ym, *d);
        if (sys_days{candidate} < sys_days{from}) candidate = clamp_day(ym + years{1}, *d);
        return candidate;
    }
    return std::nullopt;
}

}  // namespace vbtrack
