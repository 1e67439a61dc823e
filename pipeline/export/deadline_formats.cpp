#include "pipeline/export/deadline_formats.hpp"

#include <nlohmann/json.hpp>

#include "pipeline/core/errors.hpp"
#include "pipeline/export/csv_writer.hpp"
#include "pipeline/export/icalendar.hpp"
#include "pipeline/export/recurrence_rule.hpp"

namespace vbtrack {

using nlohmann::json;

namespace {

template <class T>
json or_null(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

std::string due_text(const DeadlineEntry& e) { return e.due ? to_iso(*e.due) : ""; }

// RRULE text for a recurring deadline, empty otherwise.
std::string recurrence_text(const DeadlineEntry& e) { return e.recurrence ? recurrence_rule_text(*e.recurrence) : ""; }

// Terminal columns of UTF-8 text: Vietnamese in NFC is one code point per column.
std::size_t columns(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// `s` cut to `width` columns (with "…") and padded to it.
std::string fit(const std::string& s, std::size_t width) {
    if (columns(s) <= width) return s + std::string(width - columns(s), ' ');
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = s[i];
        if ((c & 0xC0) != 0x80 && ++n == width) break;
        out += s[i];
    }
    return out + "…";
}

void write_table(const std::vector<DeadlineEntry>& entries, std::ostream& out) {
    out << fit("due", 10) << "  " << fit("status", 8) << "  " << fit("document", 16) << "  " << fit("task", 50)
        << "  responsible\n";
    for (const auto& e : entries) {
        const std::string& task = e.deadline.task.empty() ? e.deadline.text : e.deadline.task;
        out << fit(e.due ? to_iso(*e.due) : "—", 10) << "  " << fit(to_string(e.state), 8) << "  "
            << fit(e.number_symbol.empty() ? e.document_id.substr(0, 12) : e.number_symbol, 16) << "  "
            << fit(task, 50) << "  " << join_cell(e.deadline.responsible) << "\n";
        // An undated deadline has only its own words to go by: show them whole.
        if (!e.due) out << std::string(12, ' ') << "when: " << e.deadline.text << "\n";
    }
    out << entries.size() << (entries.size() == 1 ? " deadline\n" : " deadlines\n");
}

void write_json(const std::vector<DeadlineEntry>& entries, std::ostream& out) {
    json list = json::array();
    for (const auto& e : entries) list.push_back(deadline_json(e));
    out << list.dump(2) << "\n";
}

void write_csv(const std::vector<DeadlineEntry>& entries, std::ostream& out) {
    CsvWriter csv(out, {"due", "status", "kind", "recurrence", "deadline_text", "task", "responsible", "number_symbol",
                        "doc_type_name", "issuer", "issued_date", "title", "document_id"});
    for (const auto& e : entries)
        csv.row({due_text(e), to_string(e.state), to_string(e.deadline.kind), recurrence_text(e), e.deadline.text, e.deadline.task,
                 join_cell(e.deadline.responsible), e.number_symbol, e.doc_type_name, e.issuer,
                 e.issued_date.value_or(""), e.title, e.document_id});
}

void write_ics(const std::vector<DeadlineEntry>& entries, std::ostream& out) { out << deadlines_to_icalendar(entries); }

struct RegisteredWriter {
    const char* name;
    DeadlineWriter write;
};

constexpr RegisteredWriter kWriters[] = {
    {"table", write_table}, {"json", write_json}, {"csv", write_csv}, {"ics", write_ics}};

}  // namespace

DeadlineWriter deadline_writer(const std::string& format) {
    for (const auto& w : kWriters)
        if (format == w.name) return w.write;
    throw UsageError("unknown deadlines format '" + format + "': use table, json, csv or ics");
}

json deadline_json(const DeadlineEntry& e) {
    const Deadline& d = e.deadline;
    json offset = nullptr;
    if (d.offset) {
        // As the record writes it: the event under "after", and also under "before" when the term counts back.
        offset = {{"days", d.offset->days}, {"working_days", d.offset->working_days}, {"after", d.offset->after}};
        if (d.offset->before) offset["before"] = d.offset->after;
        if (d.offset->months) offset["months"] = d.offset->months;
    }
    return {{"uid", deadline_uid(e)},
            {"due", e.due ? json(to_iso(*e.due)) : json(nullptr)},
            {"status", to_string(e.state)},
            {"kind", to_string(d.kind)},
            {"recurrence", e.recurrence ? json(recurrence_text(e)) : json(nullptr)},
            {"text", d.text},
            {"date", or_null(d.date)},
            {"month_day", or_null(d.month_day)},
            {"offset", offset},
            {"task", d.task},
            {"responsible", d.responsible},
            {"document",
             {{"id", e.document_id},
              {"number_symbol", e.number_symbol},
              {"doc_type", e.doc_type},
              {"doc_type_name", e.doc_type_name},
              {"issuer", e.issuer},
              {"issued_date", or_null(e.issued_date)},
              {"title", e.title}}}};
}

}  // namespace vbtrack
