// The output formats of `vbtrack deadlines` and of /api/deadlines: a table for
// people, JSON for programs, CSV for spreadsheets, iCalendar for calendars.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "pipeline/export/deadline_list.hpp"

namespace vbtrack {

using DeadlineWriter = void (*)(const std::vector<DeadlineEntry>&, std::ostream&);

// table | json | csv | ics. Throws UsageError naming the formats for any other name.
DeadlineWriter deadline_writer(const std::string& format);

// One deadline with its document, as /api/deadlines and --format json give it.
nlohmann::json deadline_json(const DeadlineEntry& entry);

}  // namespace vbtrack
