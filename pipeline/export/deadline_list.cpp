#include "pipeline/export/deadline_list.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "pipeline/core/errors.hpp"
#include "pipeline/core/sha256.hpp"

namespace vbtrack {

std::string to_string(DeadlineState state) {
    switch (state) {
        case DeadlineState::overdue: return "overdue";
        case DeadlineState::upcoming: return "upcoming";
        case DeadlineState::undated: return "undated";
    }
    return "undated";
}

DeadlineState deadline_state_from_string(const std::string& s) {
    for (auto state : {DeadlineState::overdue, DeadlineState::upcoming, DeadlineState::undated})
        if (to_string(state) == s) return state;
    throw UsageError("unknown deadline status '" + s + "': use overdue, upcoming or undated");
}

namespace {

std::optional<Date> parse_bound(const std::string& value, const char* name) {
    if (value.empty()) return std::nullopt;
    auto date = parse_iso_date(value);
    if (!date) throw UsageError(std::string(name) + " '" + value + "' is not a date: write it as YYYY-MM-DD, e.g. 2025-04-30");
    return date;
}

}  // namespace

DeadlineQuery parse_deadline_query(const std::string& from, const std::string& to, const std::string& status) {
    DeadlineQuery query;
    query.from = parse_bound(from, "from");
    query.to = parse_bound(to, "to");
    if (!status.empty()) query.state = deadline_state_from_string(status);
    return query;
}

namespace {

using std::chrono::sys_days;

std::optional<Date> parse_optional(const std::optional<std::string>& iso) {
    return iso ? parse_iso_date(*iso) : std::nullopt;
}

std::optional<Date> first_occurrence(const Record& record, const Deadline& d, const Recurrence& recurrence) {
    if (auto due = parse_optional(d.due)) return due;
    if (auto issued = parse_optional(record.issued_date)) return recurrence.next(*issued);
    return std::nullopt;
}

// The dates a recurring deadline is listed on: its next occurrence from the
// start of the listing (today without one), never before its first; every
// occurrence up to the end of the listing when it has one.
std::vector<Date> listed_occurrences(const Recurrence& recurrence, const std::optional<Date>& first,
                                     const DeadlineQuery& query) {
    Date start = query.from.value_or(query.today);
    if (first && sys_days{*first} > sys_days{start}) start = *first;
    if (query.to) return recurrence.between(start, *query.to);
    return {recurrence.next(start)};
}

std::optional<Date> fixed_due(const Deadline& d) {
    if (auto due = parse_optional(d.due)) return due;
    return d.kind == DeadlineKind::absolute ? parse_optional(d.date) : std::nullopt;
}

bool matches(const DeadlineEntry& e, const DeadlineQuery& q) {
    if (q.state && e.state != *q.state) return false;
    if (!q.from && !q.to) return true;
    if (!e.due) return false;
    if (q.from && sys_days{*e.due} < sys_days{*q.from}) return false;
    if (q.to && sys_days{*e.due} > sys_days{*q.to}) return false;
    return true;
}

}  // namespace

std::vector<DeadlineEntry> collect_deadlines(const std::vector<Record>& records, const DeadlineQuery& query) {
    struct Keyed {
        DeadlineEntry entry;
        std::size_t deadline_index;
    };
    std::vector<Keyed> found;
    for (const Record& record : records) {
        std::map<std::string, int> seen_tasks;
        for (std::size_t i = 0; i < record.deadlines.size(); ++i) {
            const Deadline& d = record.deadlines[i];
            DeadlineEntry e;
            e.same_task_index = seen_tasks[d.task]++;
            e.document_id = record.id;
            e.number_symbol = record.number_symbol;
            e.doc_type = record.doc_type;
            e.doc_type_name = record.doc_type_name;
            e.issuer = record.issuer;
            e.title = record.title;
            e.issued_date = record.issued_date;
            e.deadline = d;
            auto add = [&](std::optional<Date> due) {
                e.due = due;
                e.state = !due ? DeadlineState::undated
                               : sys_days{*due} < sys_days{query.today} ? DeadlineState::overdue
                                                                        : DeadlineState::upcoming;
                if (matches(e, query)) found.push_back({e, i});
            };
            if (d.kind == DeadlineKind::recurring && d.month_day)
                e.recurrence = Recurrence::parse(*d.month_day);
            if (!e.recurrence) {
                add(fixed_due(d));
                continue;
            }
            e.series_start = first_occurrence(record, d, *e.recurrence);
            // A listing from a date starts the series there: a calendar subscribed with ?from= is not
            // filled with the occurrences of years past.
            if (query.from && (!e.series_start || sys_days{*e.series_start} < sys_days{*query.from}))
                e.series_start = e.recurrence->next(*query.from);
            for (Date due : listed_occurrences(*e.recurrence, e.series_start, query)) add(due);
        }
    }
    // Undated after dated; among equals, the issue date then the order in the document.
    auto key = [](const Keyed& k) {
        const auto& e = k.entry;
        return std::tuple(!e.due.has_value(), e.due ? sys_days{*e.due} : sys_days{}, e.issued_date.value_or(""),
                          e.document_id, k.deadline_index);
    };
    std::stable_sort(found.begin(), found.end(), [&](const Keyed& a, const Keyed& b) { return key(a) < key(b); });
    std::vector<DeadlineEntry> entries;
    entries.reserve(found.size());
    for (auto& k : found) entries.push_back(std::move(k.entry));
    return entries;
}

std::string deadline_uid(const DeadlineEntry& entry) {
    std::string key = entry.document_id + '\x1f' + entry.deadline.task;
    if (entry.same_task_index > 0) key += '\x1f' + std::to_string(entry.same_task_index);
    return sha256_hex(key).substr(0, 32) + "@vbtrack";
}

}  // namespace vbtrack
