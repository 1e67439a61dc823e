#include "extractors/calendar/holidays.hpp"

#include <algorithm>

#include "extractors/calendar/lunar.hpp"

namespace vbtrack::calendar {

namespace {

using namespace std::chrono;

int tet_length(int year) { return year >= 2014 ? 5 : 4; }
bool has_hung_kings_day(int year) { return year >= 2007; }
bool has_two_national_days(int year) { return year >= 2021; }

// Without a decision, the day that makes the longest break with the weekend:
// the decisions of 2021-2025 took 3/9 when 2/9 fell on a Monday or Thursday
// and 1/9 otherwise.
Date default_national_day_extra(int year) {
    Date second = *make_date(year, 9, 2);
    weekday wd{Days{second}};
    return (wd == Monday || wd == Thursday) ? add_days(second, 1) : add_days(second, -1);
}

}  // namespace

std::string to_string(HolidayKind kind) {
    switch (kind) {
        case HolidayKind::new_year: return "Tết Dương lịch";
        case HolidayKind::tet: return "Tết Âm lịch";
        case HolidayKind::hung_kings: return "Giỗ Tổ Hùng Vương";
        case HolidayKind::victory_day: return "Ngày Chiến thắng";
        case HolidayKind::labour_day: return "Ngày Quốc tế lao động";
        case HolidayKind::national_day: return "Quốc khánh";
    }
    return "";
}

std::vector<Holiday> statutory_holidays(int year, const YearDecision* decision) {
    std::vector<Holiday> out;
    out.push_back({*make_date(year, 1, 1), HolidayKind::new_year});

    Date new_year = lunar_new_year(year);
    int before = decision && decision->tet_days_before ? *decision->tet_days_before : 1;
    for (int i = -before; i < tet_length(year) - before; ++i)
        out.push_back({add_days(new_year, i), HolidayKind::tet});

    if (has_hung_kings_day(year))  // in a year with a leap 3rd month, the first (regular) one
        out.push_back({*from_lunar({10, 3, year, false}), HolidayKind::hung_kings});
    out.push_back({*make_date(year, 4, 30), HolidayKind::victory_day});
    out.push_back({*make_date(year, 5, 1), HolidayKind::labour_day});
    out.push_back({*make_date(year, 9, 2), HolidayKind::national_day});
    if (has_two_national_days(year)) {
        Date extra = decision && decision->national_day_extra ? *decision->national_day_extra
                                                              : default_national_day_extra(year);
        out.push_back({extra, HolidayKind::national_day});
    }
    std::sort(out.begin(), out.end(), [](const Holiday& a, const Holiday& b) { return Days{a.date} < Days{b.date}; });
    return out;
}

}  // namespace vbtrack::calendar
