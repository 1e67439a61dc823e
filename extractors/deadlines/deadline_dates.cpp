#include "extractors/deadlines/deadline_dates.hpp"

#include <cstdio>

namespace vbtrack::deadlines {

namespace {

using calendar::Date;
using calendar::Days;

std::string two_digits(int n) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

// The year for a day or period written without one: the first from the issue
// year on in which that day exists (29/2) and is not already past at issue.
std::optional<int> infer_year(int month, int day, const std::optional<Date>& issued) {
    if (!issued) return std::nullopt;
    for (int year = static_cast<int>(issued->year()); year <= static_cast<int>(issued->year()) + 4; ++year) {
        auto candidate = day ? calendar::make_date(year, month, day) : calendar::last_day_of_month(year, month);
        if (candidate && Days{*candidate} >= Days{*issued}) return year;
    }
    return std::nullopt;
}

std::optional<Date> next_yearly(int month, int day, const Date& issued) {
    for (int year = static_cast<int>(issued.year()); year <= static_cast<int>(issued.year()) + 8; ++year)
        if (auto d = calendar::make_date(year, month, day); d && Days{*d} > Days{issued}) return d;
    return std::nullopt;  // 29/2 with no leap year in reach cannot happen; kept total
}

// A day that a short month lacks ("ngày 31 hằng tháng") falls on its last day.
Date next_monthly(int day, const Date& issued) {
    using namespace std::chrono;
    year_month ym{issued.year(), issued.month()};
    for (;; ym += months{1}) {
        Date last_day{ym / last};
        Date d = static_cast<unsigned>(day) <= static_cast<unsigned>(last_day.day())
                     ? Date{ym.year(), ym.month(), std::chrono::day{static_cast<unsigned>(day)}}
                     : last_day;
        if (Days{d} > Days{issued}) return d;
    }
}

std::optional<Date> term_due(const Term& term, const std::optional<Date>& issued, const calendar::WorkingCalendar& cal) {
    std::optional<Date> anchor;
    if (term.anchor_year) anchor = calendar::make_date(term.anchor_year, term.anchor_month, term.anchor_day);
    else if (term.from_signing) anchor = issued;
    if (!anchor) return std::nullopt;
    switch (term.unit) {
        case Term::Unit::days:
            return term.before ? cal.before_days(*anchor, term.amount) : cal.after_days(*anchor, term.amount);
        case Term::Unit::working_days:
            return term.before ? cal.before_working_days(*anchor, term.amount)
                               : cal.after_working_days(*anchor, term.amount);
        case Term::Unit::months:
            return term.before ? cal.previous_working_day(calendar::add_months(*anchor, -term.amount))
                               : cal.after_months(*anchor, term.amount);
    }
    return std::nullopt;
}

bool resolve_one(const DeadlinePhrase& phrase, const std::optional<Date>& issued,
                 const calendar::WorkingCalendar& cal, Deadline& out) {
    switch (phrase.kind) {
        case PhraseKind::date:
        case PhraseKind::period: {
            out.kind = DeadlineKind::absolute;
            // A period is tracked by its last day; the record has no kind of its own for it.
            int year = phrase.year;
            if (year == 0) {
                out.inferred_year = true;
                auto inferred = infer_year(phrase.month, phrase.day, issued);
                if (!inferred) return true;  // no issue date: the text alone
                year = *inferred;
            }
            auto date = phrase.kind == PhraseKind::period ? std::optional<Date>(calendar::last_day_of_month(year, phrase.month))
                                                          : calendar::make_date(year, phrase.month, phrase.day);
            if (!date) return false;
            // "Trong Quý I năm 2025, ... đã ..." in a document issued in April 2025
            // looks back: a period over before the document was issued sets no limit.
            if (phrase.kind == PhraseKind::period && !out.inferred_year && issued && Days{*date} < Days{*issued})
                return false;
            out.date = out.due = calendar::to_iso(*date);
            return true;
        }
        case PhraseKind::yearly:
            out.kind = DeadlineKind::recurring;
            out.month_day = two_digits(phrase.month) + "-" + two_digits(phrase.day);
            if (issued)
                if (auto next = next_yearly(phrase.month, phrase.day, *issued)) out.due = calendar::to_iso(*next);
            return true;
        case PhraseKind::monthly:
            out.kind = DeadlineKind::recurring;
            out.month_day = "*-" + two_digits(phrase.day);
            if (issued) out.due = calendar::to_iso(next_monthly(phrase.day, *issued));
            return true;
        case PhraseKind::quarterly:
            return false;  // resolve_when reads it as four yearly phrases
        case PhraseKind::relative: {
            out.kind = DeadlineKind::relative;
            const Term& term = *phrase.term;
            DeadlineOffset offset;
            if (term.unit == Term::Unit::months) offset.months = term.amount;
            else offset.days = term.amount;
            offset.working_days = term.unit == Term::Unit::working_days;
            offset.after = term.trigger;
            offset.before = term.before;
            out.offset = offset;
            if (auto due = term_due(term, issued, cal)) out.due = calendar::to_iso(*due);
            return true;
        }
    }
    return false;
}

}  // namespace

std::vector<Deadline> resolve_when(const DeadlinePhrase& phrase, const std::optional<Date>& issued,
                                   const calendar::WorkingCalendar& cal) {
    std::vector<DeadlinePhrase> readings{phrase};
    if (phrase.kind == PhraseKind::quarterly) {
        // The record has no quarterly form, and a tracker needs each due day: "ngày 20
        // của tháng cuối quý" is four yearly deadlines, 03-20, 06-20, 09-20 and 12-20.
        readings.clear();
        for (int month : {3, 6, 9, 12}) {
            DeadlinePhrase yearly = phrase;
            yearly.kind = PhraseKind::yearly;
            yearly.month = month;
            readings.push_back(yearly);
        }
    }
    std::vector<Deadline> out;
    for (const DeadlinePhrase& reading : readings) {
        Deadline d;
        if (resolve_one(reading, issued, cal, d)) out.push_back(std::move(d));
    }
    return out;
}

}  // namespace vbtrack::deadlines
