// Calendar dates as the record writes them (ISO 8601, YYYY-MM-DD), and today.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace vbtrack {

using Date = std::chrono::year_month_day;

// nullopt unless `iso` is a valid YYYY-MM-DD date.
std::optional<Date> parse_iso_date(const std::string& iso);
std::string to_iso(Date date);
// YYYYMMDD, the form of an iCalendar DATE value.
std::string to_basic_iso(Date date);
// Today in the machine's local time zone: a deadline is "today" for the user.
Date local_today();

}  // namespace vbtrack
