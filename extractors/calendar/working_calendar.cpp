#include "extractors/calendar/working_calendar.hpp"

#include <algorithm>

#include "extractors/calendar/official_schedule.hpp"

namespace vbtrack::calendar {

namespace {

// The years kept in the table; other years are computed when asked.
constexpr int kTableFirstYear = 1990;
constexpr int kTableLastYear = 2100;

int days_in_year(int year) { return std::chrono::year{year}.is_leap() ? 366 : 365; }

}  // namespace

const WorkingCalendar& WorkingCalendar::official() {
    static const WorkingCalendar calendar(official_decisions());
    return calendar;
}

WorkingCalendar::WorkingCalendar(std::vector<YearDecision> decisions)
    : decisions_(std::move(decisions)), first_year_(kTableFirstYear), last_year_(kTableLastYear) {
    first_day_ = Days{*make_date(first_year_, 1, 1)};
    for (int y = first_year_; y <= last_year_; ++y) {
        auto year = compute_year(y);
        off_.insert(off_.end(), year.begin(), year.end());
    }
}

std::vector<std::uint8_t> WorkingCalendar::compute_year(int year) const {
    // Every holiday and its compensatory day fall inside one Gregorian year
    // (Tết starts on 20/1 at the earliest), so years are computed alone.
    const Days start{*make_date(year, 1, 1)};
    std::vector<std::uint8_t> off(days_in_year(year), 0);
    auto index = [&](const Date& d) { return static_cast<long>((Days{d} - start).count()); };
    auto in_year = [&](long i) { return i >= 0 && i < static_cast<long>(off.size()); };
    for (std::size_t i = 0; i < off.size(); ++i) off[i] = is_weekend(Date{start + std::chrono::days{i}}) ? 1 : 0;

    const YearDecision* decision = nullptr;
    for (const auto& d : decisions_)
        if (d.year == year) decision = &d;

    // Art. 111(3): a holiday on a weekend, or a second holiday on the same day,
    // moves to the next day that is neither weekend nor holiday.
    std::vector<long> displaced;
    for (const auto& h : statutory_holidays(year, decision)) {
        long i = index(h.date);
        if (!in_year(i)) continue;
        if (off[i]) displaced.push_back(i);
        off[i] = 1;
    }
    for (long i : displaced) {
        long j = i + 1;
        while (in_year(j) && off[j]) ++j;
        if (in_year(j)) off[j] = 1;
    }
    if (decision)
        for (const auto& swap : decision->swaps) {
            if (long i = index(swap.off); in_year(i)) off[i] = 1;
            if (long i = index(swap.work); in_year(i)) off[i] = 0;
        }
    return off;
}

bool WorkingCalendar::is_day_off(const Date& date) const {
    int year = static_cast<int>(date.year());
    if (year < first_year_ || year > last_year_) {
        auto table = compute_year(year);
        return table[(Days{date} - Days{*make_date(year, 1, 1)}).count()] != 0;
    }
    return off_[static_cast<std::size_t>((Days{date} - first_day_).count())] != 0;
}

std::vector<Date> WorkingCalendar::holidays_off(int year) const {
    std::vector<Date> out;
    for (Date d = *make_date(year, 1, 1); static_cast<int>(d.year()) == year; d = add_days(d, 1))
        if (is_day_off(d) && !is_weekend(d)) out.push_back(d);
    return out;
}

Date WorkingCalendar::next_working_day(const Date& date) const {
    Date d = date;
    while (is_day_off(d)) d = add_days(d, 1);
    return d;
}

Date WorkingCalendar::previous_working_day(const Date& date) const {
    Date d = date;
    while (is_day_off(d)) d = add_days(d, -1);
    return d;
}

Date WorkingCalendar::after_days(const Date& trigger, int days) const {
    return next_working_day(add_days(trigger, days));
}

Date WorkingCalendar::after_working_days(const Date& trigger, int days) const {
    Date d = trigger;
    for (int counted = 0; counted < days;) {
        d = add_days(d, 1);
        if (is_working_day(d)) ++counted;
    }
    return d;
}

Date WorkingCalendar::after_months(const Date& trigger, int months) const {
    return next_working_day(add_months(trigger, months));
}

Date WorkingCalendar::before_days(const Date& event, int days) const {
    return previous_working_day(add_days(event, -days));
}

Date WorkingCalendar::before_working_days(const Date& event, int days) const {
    Date d = event;
    for (int counted = 0; counted < days;) {
        d = add_days(d, -1);
        if (is_working_day(d)) ++counted;
    }
    return d;
}

}  // namespace vbtrack::calendar
