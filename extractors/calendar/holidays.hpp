// Vietnam's public holidays for a year, as the Labour Code sets them.
//   Labour Code 2019, Art. 112 (from 2021): 1/1; Tết Âm lịch 5 days; Giỗ Tổ
//   Hùng Vương 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent day (1/9 or 3/9).
//   Earlier law: 2/9 alone (Labour Code 2012, Art. 115); Tết 5 days from the
//   Labour Code 2012 (in force 1/5/2013, so from Tết 2014), 4 days before;
//   Giỗ Tổ from 2007 (Law 84/2007/QH11 amending Art. 73 of the 1994 code).
// Art. 112(3): the Prime Minister fixes each year which days Tết takes and
// which day joins 2/9; YearDecision carries that choice (official_schedule.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/calendar/civil_date.hpp"

namespace vbtrack::calendar {

enum class HolidayKind { new_year, tet, hung_kings, victory_day, labour_day, national_day };
std::string to_string(HolidayKind);

struct Holiday {
    Date date;
    HolidayKind kind;
};

// A working day moved: `off` becomes a day off, `work` (a weekend day) a working day.
struct DaySwap {
    Date off;
    Date work;
};

// What the government decided for one year; anything unset follows the default rule.
struct YearDecision {
    int year = 0;
    std::optional<int> tet_days_before;     // Tết days taken before mùng 1 (default 1)
    std::optional<Date> national_day_extra; // the day joined to 2/9 (default: see holidays.cpp)
    std::vector<DaySwap> swaps;
    std::string source;                     // the decision(s) this comes from
};

// The statutory holidays of `year`, in date order; `decision` may be null.
std::vector<Holiday> statutory_holidays(int year, const YearDecision* decision);

}  // namespace vbtrack::calendar
