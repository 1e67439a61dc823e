// Dates and queries the exporter tests write by hand: ymd(2025, 3, 10), on(a day).
#pragma once

#include "pipeline/export/calendar_date.hpp"
#include "pipeline/export/deadline_list.hpp"

namespace vbtrack::test {

inline Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// Deadlines as seen on `today`, every other setting the default.
inline DeadlineQuery on(Date today) {
    DeadlineQuery q;
    q.today = today;
    return q;
}

}  // namespace vbtrack::test
