// iCalendar (RFC 5545) of deadlines, built with libical: one VTODO per
// deadline, so a calendar (Thunderbird, Outlook, a phone) shows them as tasks.
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include "pipeline/export/deadline_list.hpp"

namespace vbtrack {

// The whole VCALENDAR as text (CRLF lines, folded at 75 octets).
// `stamp` is the DTSTAMP of every VTODO: when this calendar was made.
std::string deadlines_to_icalendar(const std::vector<DeadlineEntry>& entries, std::time_t stamp = std::time(nullptr));

}  // namespace vbtrack
