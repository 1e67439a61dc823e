// When a deadline falls: the record's date / month_day / offset / due for a
// phrase, given the document's issue date.
//   A date without a year takes the issue year, or the next one when that day
//   has already passed at issue (and is marked inferred_year).
//   A period ends on its last day ("Quý III/2024" -> 2024-09-30).
//   Recurring deadlines: month_day "MM-DD" yearly, "*-DD" monthly (the gold
//   format's spelling); due is the first occurrence after the issue date.
//   Relative terms get a due date when their trigger is known: the document's
//   signature ("kể từ ngày ký" -> the issue date) or a written date; counting
//   follows the Civil Code (calendar/working_calendar.hpp).
#pragma once

#include <optional>
#include <vector>

#include "extractors/calendar/working_calendar.hpp"
#include "extractors/deadlines/deadline_phrases.hpp"
#include "pipeline/core/record.hpp"

namespace vbtrack::deadlines {

// The deadlines a phrase sets, with kind, date, month_day, offset, due and
// inferred_year filled: one, or four yearly ones for a quarterly phrase ("ngày 20
// của tháng cuối quý" -> 03-20, 06-20, 09-20, 12-20); none when the phrase names
// no real day (31/4, 29/2/2023) or a period that was over when the document was
// issued (a look back, not a limit).
std::vector<Deadline> resolve_when(const DeadlinePhrase& phrase, const std::optional<calendar::Date>& issued,
                                   const calendar::WorkingCalendar& calendar);

}  // namespace vbtrack::deadlines
