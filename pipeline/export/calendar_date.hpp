// Calendar dates as the record writes them (ISO 8601, YYYY-MM-DD), and the
// arithmetic deadline listings need: today, and the next date a recurring
// deadline falls on.
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

// The first day on or after `from` that matches `month_day` as the record
// writes it: "MM-DD" (every year) or "*-DD" (every month). A day the month
// lacks (31 in April, 29 February) falls on the month's last day.
std::optional<Date> next_occurrence(const std::string& month_day, Date from);

}  // namespace vbtrack
