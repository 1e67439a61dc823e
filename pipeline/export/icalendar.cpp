#include "pipeline/export/icalendar.hpp"

#include <cctype>
#include <cstdio>
#include <memory>
#include <set>
#include <stdexcept>
#include <string_view>

#include <libical/ical.h>

#include "pipeline/core/version.hpp"
#include "pipeline/export/csv_writer.hpp"
#include "pipeline/export/recurrence_rule.hpp"

namespace vbtrack {

namespace {

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree {
    void operator()(char* s) const { icalmemory_free_buffer(s); }
};

icaltimetype ical_date(Date date) {
    // Not icaltime_null_date(): its hour, minute and second of -1 make libical's
    // recurrence iterator repeat dates.
    icaltimetype t = icaltime_null_time();
    t.is_date = 1;
    t.year = int(date.year());
    t.month = int(unsigned(date.month()));
    t.day = int(unsigned(date.day()));
    return t;
}

// dd/mm/yyyy: how Vietnamese readers write dates.
std::string vietnamese_date(const std::optional<std::string>& iso) {
    auto date = iso ? parse_iso_date(*iso) : std::nullopt;
    if (!date) return "";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02u/%02u/%04d", unsigned(date->day()), unsigned(date->month()),
                  int(date->year()));
    return buffer;
}

// ORGANIZER must be a URI; the issuer has no address, so its name, percent-encoded,
// goes into a URN and, readable, into CN.
std::string issuer_uri(const std::string& issuer) {
    static const char* hex = "0123456789ABCDEF";
    std::string uri = "urn:vbtrack:issuer:";
    for (unsigned char c : issuer) {
        if (std::isalnum(c) && c < 0x80) {
            uri += char(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        }
    }
    return uri;
}

std::string document_line(const DeadlineEntry& e) {
    std::string line = e.doc_type_name.empty() ? "Văn bản" : e.doc_type_name;
    if (!e.number_symbol.empty()) line += " số " + e.number_symbol;
    if (auto date = vietnamese_date(e.issued_date); !date.empty()) line += " ngày " + date;
    if (!e.issuer.empty()) line += " của " + e.issuer;
    return line;
}

// Lines of "label: value", appended piece by piece (g++ 12 warns falsely on
// chains of string concatenation).
std::string description(const DeadlineEntry& e) {
    std::string text;
    auto line = [&text](std::string_view label, const std::string& value) {
        if (!text.empty()) text += '\n';
        text += label;
        text += value;
    };
    if (!e.deadline.task.empty()) line("", e.deadline.task);
    line("Thời hạn: ", "\"" + e.deadline.text + "\"");
    if (!e.due && e.deadline.kind == DeadlineKind::relative)
        text += " (tính từ một sự kiện chưa biết ngày: hãy tự đặt hạn)";
    line("", document_line(e));
    if (!e.title.empty()) line("Trích yếu: ", e.title);
    if (!e.deadline.responsible.empty()) line("Thực hiện: ", join_cell(e.deadline.responsible));
    return text;
}

std::string summary(const DeadlineEntry& e) {
    const std::string& what = e.deadline.task.empty() ? e.deadline.text : e.deadline.task;
    return e.number_symbol.empty() ? what : e.number_symbol + ": " + what;
}

// A recurring deadline as one series from its first occurrence. RFC 5545
// anchors a series on DTSTART (§3.8.5.3, required with RRULE) and wants a
// VTODO's DUE strictly after its DTSTART (§3.8.2.3), so each occurrence
// starts the day before it is due: DTSTART and the rule give the day before,
// and every instance keeps the one-day span to its DUE.
void add_series(icalcomponent* todo, const Recurrence& recurrence, Date first) {
    const Date start{std::chrono::sys_days{first} - std::chrono::days{1}};
    icalcomponent_add_property(todo, icalproperty_new_dtstart(ical_date(start)));
    icalcomponent_add_property(todo, icalproperty_new_due(ical_date(first)));
    icalcomponent_add_property(todo, icalproperty_new_rrule(recurrence_rule(recurrence, 1)));
}

Component make_todo(const DeadlineEntry& e, icaltimetype stamp) {
    Component todo{icalcomponent_new(ICAL_VTODO_COMPONENT)};
    icalcomponent_add_property(todo.get(), icalproperty_new_uid(deadline_uid(e).c_str()));
    icalcomponent_add_property(todo.get(), icalproperty_new_dtstamp(stamp));
    if (e.recurrence && e.due) {
        add_series(todo.get(), *e.recurrence, e.series_start.value_or(*e.due));
    } else if (e.due) {
        icalcomponent_add_property(todo.get(), icalproperty_new_due(ical_date(*e.due)));
    }
    icalcomponent_add_property(todo.get(), icalproperty_new_summary(summary(e).c_str()));
    icalcomponent_add_property(todo.get(), icalproperty_new_description(description(e).c_str()));
    if (!e.issuer.empty()) {
        icalproperty* organizer = icalproperty_new_organizer(issuer_uri(e.issuer).c_str());
        icalproperty_add_parameter(organizer, icalparameter_new_cn(e.issuer.c_str()));
        icalcomponent_add_property(todo.get(), organizer);
    }
    if (!e.doc_type_name.empty())
        icalcomponent_add_property(todo.get(), icalproperty_new_categories(e.doc_type_name.c_str()));
    icalcomponent_add_property(todo.get(), icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
    return todo;
}

void add_x_property(icalcomponent* calendar, const char* name, const std::string& value) {
    icalproperty* p = icalproperty_new_x(value.c_str());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(calendar, p);
}

}  // namespace

std::string deadlines_to_icalendar(const std::vector<DeadlineEntry>& entries, std::time_t stamp) {
    Component calendar{icalcomponent_new(ICAL_VCALENDAR_COMPONENT)};
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid((std::string("-//vbtrack//vbtrack ") + kPipelineVersion + "//VI").c_str()));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    // Read by Thunderbird, Apple and Google calendars as the subscription's name.
    add_x_property(calendar.get(), "X-WR-CALNAME", "Hạn xử lý văn bản (vbtrack)");

    const icaltimetype dtstamp = icaltime_from_timet_with_zone(stamp, 0, icaltimezone_get_utc_timezone());
    // A listing over a range has a recurring deadline once per occurrence; the calendar gets its series once.
    std::set<std::string> written;
    for (const auto& entry : entries)
        if (written.insert(deadline_uid(entry)).second)
            icalcomponent_add_component(calendar.get(), make_todo(entry, dtstamp).release());

    std::unique_ptr<char, BufferFree> text{icalcomponent_as_ical_string_r(calendar.get())};
    if (!text) throw std::runtime_error("libical could not serialize the calendar");
    return text.get();
}

}  // namespace vbtrack
