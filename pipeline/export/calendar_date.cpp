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

}  // namespace vbtrack
