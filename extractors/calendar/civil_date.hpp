// Civil (Gregorian) dates as the calendar and the deadline extractor use them:
// std::chrono day arithmetic plus the ISO 8601 text form of the record.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace vbtrack::calendar {

using Date = std::chrono::year_month_day;
using Days = std::chrono::sys_days;

// A checked date from numbers; nullopt for 31/2, month 13 and the like.
std::optional<Date> make_date(int year, int month, int day);
// "2024-02-10" -> date; nullopt for anything else.
std::optional<Date> parse_iso(std::string_view text);
std::string to_iso(const Date& date);

Date add_days(const Date& date, int days);
// Civil Code 2015 Art. 148(3): the corresponding day of the last month, or that
// month's last day when it has no such day (31/1 + 1 month -> 28 or 29/2).
Date add_months(const Date& date, int months);
Date last_day_of_month(int year, int month);
bool is_weekend(const Date& date);

}  // namespace vbtrack::calendar
