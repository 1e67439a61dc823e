// The deadlines of many records as one list sorted by due date: what
// `vbtrack deadlines`, the iCalendar export and /api/deadlines show.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/record.hpp"
#include "pipeline/export/calendar_date.hpp"
#include "pipeline/export/recurrence.hpp"

namespace vbtrack {

// Where a deadline stands on the reference day.
enum class DeadlineState { overdue, upcoming, undated };
std::string to_string(DeadlineState);
// Throws UsageError naming the accepted values.
DeadlineState deadline_state_from_string(const std::string&);

// One deadline with the document it comes from.
struct DeadlineEntry {
    std::string document_id, number_symbol, doc_type, doc_type_name, issuer, title;
    std::optional<std::string> issued_date;
    Deadline deadline;
    // The date to act by: the record's computed `due`, the absolute date, or
    // one occurrence of a recurring deadline; nullopt when the anchor of a
    // relative deadline is unknown.
    std::optional<Date> due;
    // For a recurring deadline: how it recurs, and the first occurrence of its
    // series (the record's computed `due`, which counts from the day after the
    // issue date, else the first on or after the issue date; the first on or
    // after the listing's `from` when that is later; nullopt without any).
    std::optional<Recurrence> recurrence;
    std::optional<Date> series_start;
    DeadlineState state = DeadlineState::undated;
    // Among the document's deadlines with the same task, this one's position
    // (0 for the first): with the document and the task it names the deadline
    // across re-extractions, for iCalendar UIDs.
    int same_task_index = 0;
};

struct DeadlineQuery {
    std::optional<Date> from, to;  // inclusive; undated deadlines never fall in a range
    std::optional<DeadlineState> state;
    Date today = local_today();  // decides overdue, and the next occurrence of recurring deadlines
};

// A query from the command line or a URL: empty strings leave a bound out.
// Throws UsageError for a date that is not YYYY-MM-DD or an unknown status.
DeadlineQuery parse_deadline_query(const std::string& from, const std::string& to, const std::string& status);

// Deadlines of `records` that match `query`, sorted by due date (undated last),
// then by document and position in the document. A recurring deadline gives
// its next occurrence from `from` (or today), not before its first; when `to`
// is given, one entry for each of its occurrences up to `to`.
std::vector<DeadlineEntry> collect_deadlines(const std::vector<Record>& records, const DeadlineQuery& query);

// A stable iCalendar UID: a hash of the document id, the task and its index.
std::string deadline_uid(const DeadlineEntry& entry);

}  // namespace vbtrack
