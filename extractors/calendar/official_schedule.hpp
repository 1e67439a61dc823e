// The government's yearly holiday decisions, read from
// extractors/calendar/data/official_schedule.json (compiled into the library,
// so the calendar needs no file at run time).
#pragma once

#include <string_view>
#include <vector>

#include "extractors/calendar/holidays.hpp"

namespace vbtrack::calendar {

// Parses a schedule in the data file's format; throws std::invalid_argument
// naming the entry that is wrong.
std::vector<YearDecision> parse_schedule(std::string_view json_text);

// The decisions in the data file.
const std::vector<YearDecision>& official_decisions();

}  // namespace vbtrack::calendar
