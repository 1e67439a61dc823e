// Working days in Vietnam's public sector and the Civil Code's way of counting
// terms with them.
//   Day off: Saturday, Sunday, a statutory holiday (holidays.hpp), a
//   compensatory day (Labour Code 2019, Art. 111(3): a holiday on a weekly rest
//   day gives the next working day off), or a day the government swapped off.
//   Civil Code 2015, Art. 147: a term starts the day after its trigger.
//   Art. 148(5): a term whose last day is a day off ends on the next working day.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "extractors/calendar/civil_date.hpp"
#include "extractors/calendar/holidays.hpp"

namespace vbtrack::calendar {

class WorkingCalendar {
public:
    // The statute plus the decisions in data/official_schedule.json; built once.
    static const WorkingCalendar& official();
    explicit WorkingCalendar(std::vector<YearDecision> decisions);

    bool is_day_off(const Date& date) const;
    bool is_working_day(const Date& date) const { return !is_day_off(date); }
    // The days off of `year` that are not plain weekends, in date order
    // (holidays, compensatory and swapped days).
    std::vector<Date> holidays_off(int year) const;

    // `date` itself when it is a working day, else the next one.
    Date next_working_day(const Date& date) const;
    // `date` itself when it is a working day, else the one before.
    Date previous_working_day(const Date& date) const;

    // The last day of a term of `days` calendar days after `trigger` (Art. 147-148).
    Date after_days(const Date& trigger, int days) const;
    // The `days`-th working day after `trigger`.
    Date after_working_days(const Date& trigger, int days) const;
    // The last day of a term of `months` months after `trigger` (Art. 148(3), (5)).
    Date after_months(const Date& trigger, int months) const;
    // "N ngày trước X": the latest day that leaves N days before X, moved back to
    // a working day so that the time given is not shortened.
    Date before_days(const Date& event, int days) const;
    Date before_working_days(const Date& event, int days) const;

private:
    // One byte per day of the years the table covers: 1 = day off.
    std::vector<std::uint8_t> compute_year(int year) const;

    std::vector<YearDecision> decisions_;
    int first_year_ = 0, last_year_ = 0;
    Days first_day_{};
    std::vector<std::uint8_t> off_;
};

}  // namespace vbtrack::calendar
