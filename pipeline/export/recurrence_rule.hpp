// The RFC 5545 recurrence rule (RRULE) of a recurring deadline, built with
// libical's own types so calendars and libical's iterator read it as meant.
#pragma once

#include <string>

#include <libical/ical.h>

#include "pipeline/export/recurrence.hpp"

namespace vbtrack {

// The rule whose occurrences are the days `days_before` (0 or 1) before the
// deadline's dates, the last day of a short month included: a calendar
// anchors a series on DTSTART, and a VTODO's DTSTART must come before its
// DUE (RFC 5545 §3.8.2.3), so the series of a to-do starts a day early.
icalrecurrencetype recurrence_rule(const Recurrence& recurrence, int days_before);

// The rule of the deadline's own dates as RRULE text ("FREQ=MONTHLY;BYMONTHDAY=20"),
// for lists and spreadsheets.
std::string recurrence_rule_text(const Recurrence& recurrence);

}  // namespace vbtrack
