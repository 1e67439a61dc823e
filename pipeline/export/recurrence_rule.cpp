#include "pipeline/export/recurrence_rule.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

namespace vbtrack {

namespace {

// Days in `month` whatever the year; 0 for February, whose length varies.
unsigned fixed_length(unsigned month) {
    if (month == 2) return 0;
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

void fill(short* array, const std::vector<short>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) array[i] = values[i];
    array[values.size()] = ICAL_RECURRENCE_ARRAY_MAX;
}

// BYMONTHDAY values that pick, in any month, the day `k` days before
// min(day, the month's length). For day ≤ 28 that is always day − k; for
// 31 always the month's last day less k (−1 − k counts from the end); for 29
// and 30 the earlier of the two, which BYSETPOS=1 selects. Returns whether
// BYSETPOS is needed.
bool month_days(unsigned day, int k, std::vector<short>& out) {
    const short from_start = static_cast<short>(day) - static_cast<short>(k);
    const short from_end = static_cast<short>(-1 - k);
    if (day <= 28) out = {from_start};
    else if (day == 31) out = {from_end};
    else out = {from_start, from_end};
    return out.size() > 1;
}

}  // namespace

icalrecurrencetype recurrence_rule(const Recurrence& r, int days_before) {
    if (days_before < 0 || days_before > 1) throw std::logic_error("recurrence_rule: days_before must be 0 or 1");
    icalrecurrencetype rule;
    icalrecurrencetype_clear(&rule);
    rule.interval = 1;
    std::vector<short> days;
    bool set_pos = false;
    if (r.every == Recurrence::Every::month) {
        rule.freq = ICAL_MONTHLY_RECURRENCE;
        // The day before the 1st is the last day of the month before: every month has one.
        if (r.day == 1 && days_before == 1) days = {-1};
        else set_pos = month_days(r.day, days_before, days);
    } else {
        rule.freq = ICAL_YEARLY_RECURRENCE;
        unsigned month = r.month;
        if (r.day == 1 && days_before == 1) {
            month = month == 1 ? 12 : month - 1;
            days = {-1};
        } else if (unsigned length = fixed_length(month)) {
            // A month of fixed length has a fixed date: 31 April is 30 April.
            days = {static_cast<short>(std::min(r.day, length) - days_before)};
        } else {
            set_pos = month_days(r.day, days_before, days);
        }
        fill(rule.by_month, {static_cast<short>(month)});
    }
    fill(rule.by_month_day, days);
    if (set_pos) fill(rule.by_set_pos, {1});
    return rule;
}

std::string recurrence_rule_text(const Recurrence& recurrence) {
    icalrecurrencetype rule = recurrence_rule(recurrence, 0);
    std::unique_ptr<char, void (*)(void*)> text{icalrecurrencetype_as_string_r(&rule), icalmemory_free_buffer};
    if (!text) throw std::runtime_error("libical could not write a recurrence rule");
    return text.get();
}

}  // namespace vbtrack
