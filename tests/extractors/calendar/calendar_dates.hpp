// A date the tests write by hand, known to be valid: d(2024, 5, 15).
#pragma once

#include "extractors/calendar/civil_date.hpp"

namespace vbtrack::calendar {

inline Date d(int y, int m, int day) { return *make_date(y, m, day); }

}  // namespace vbtrack::calendar
