// Deadlines that come back every month ("trước ngày 20 hằng tháng") or every
// year ("trước ngày 01 tháng 02 hằng năm"): their dates. recurrence_rule.hpp
// has the RFC 5545 rule that gives the same dates to a calendar.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/export/calendar_date.hpp"

namespace vbtrack {

struct Recurrence {
    enum class Every { month, year };
    Every every = Every::month;
    unsigned month = 0;  // 1–12 for a yearly deadline, 0 for a monthly one
    unsigned day = 1;    // 1–31; a month without this day has the deadline on its last day

    // From the record's month_day: "MM-DD" (every year) or "*-DD" (every month);
    // nullopt for anything else.
    static std::optional<Recurrence> parse(const std::string& month_day);

    // The first occurrence on or after `from`.
    Date next(Date from) const;
    // Every occurrence in [from, to], in order.
    std::vector<Date> between(Date from, Date to) const;
};

}  // namespace vbtrack
