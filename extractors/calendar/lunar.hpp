// The Vietnamese lunisolar calendar (âm lịch), computed the way Hồ Ngọc Đức's
// published algorithm does: astronomical new moons and solar longitudes
// (Jean Meeus, "Astronomical Algorithms", 1998) at the meridian of UTC+7.
// It differs from the Chinese calendar (UTC+8) when a new moon falls between
// 23:00 and 24:00 Hà Nội time, e.g. Tết 2007 (17/2, China 18/2).
#pragma once

#include <optional>

#include "extractors/calendar/civil_date.hpp"

namespace vbtrack::calendar {

struct LunarDate {
    int day = 1;
    int month = 1;  // 1..12; a leap month repeats its predecessor's number
    int year = 0;   // the lunar year, named after the solar year it mostly covers
    bool leap = false;
    bool operator==(const LunarDate&) const = default;
};

LunarDate to_lunar(const Date& date);
// nullopt for a leap month the lunar year does not have, or a 30th of a 29-day month.
std::optional<Date> from_lunar(const LunarDate& lunar);

// The first day of lunar year `year` (mùng 1 Tết) in the Gregorian calendar.
Date lunar_new_year(int year);

}  // namespace vbtrack::calendar
