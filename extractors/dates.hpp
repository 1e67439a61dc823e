// Dates as Vietnamese documents write them: "ngày 04 tháng 01 năm 2023",
// "ngày 5/3/2024", "05-3-2024", "09.4.2019". The words of the long form are
// matched on their first letters only, so OCR damage to the marks
// ("ngdy 04 thang 01 ndam 2023") does not lose the date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extractors/finding.hpp"

namespace vbtrack {

struct CivilDate {
    int year = 0, month = 0, day = 0;
    std::string iso() const;  // YYYY-MM-DD
};

bool is_valid_date(int year, int month, int day);

// The first date that starts at or after `from` in `text` (a whole
// DocumentText or one line); span offsets are relative to `text` plus `base`.
// The span covers a leading "ngày" when there is one.
std::optional<Finding<CivilDate>> find_date(std::string_view text, std::size_t from = 0, std::size_t base = 0);
// A date that begins at `pos` after optional spaces and an optional "ngày"/":"/","; no scanning.
std::optional<Finding<CivilDate>> date_at(std::string_view text, std::size_t pos, std::size_t base = 0);

}  // namespace vbtrack
