// Dates and periods as deadline phrases write them, read on folded tokens:
// "ngày 25/4/2023", "ngày 15 tháng 11", "ngày 05 hằng tháng", "ngày 20 của tháng
// cuối quý", "Quý IV/2024", "6 tháng đầu năm 2024"; and the time of day before them.
#pragma once

#include <cstddef>
#include <optional>

#include "extractors/deadlines/deadline_phrases.hpp"
#include "extractors/deadlines/folded_tokens.hpp"

namespace vbtrack::deadlines {

struct DateParts {
    PhraseKind kind = PhraseKind::date;
    int year = 0, month = 0, day = 0;
};

bool plausible_day(int month, int day);

// A year of four digits from 1900 at the cursor, read past; nullopt (the cursor where it was) otherwise.
std::optional<int> four_digit_year(TokenCursor& c);

// "16 giờ 00", "16h00", "9 giờ 30 phút," — the hour does not change the day.
void skip_time_of_day(TokenCursor& c);

// A calendar day, or a day recurring every month, year or quarter, at the cursor.
std::optional<DateParts> read_date(TokenCursor& c);

// "Quý IV/2024", "quý 3 năm 2024", "tháng 12/2024", "6 tháng đầu năm 2024";
// "tháng 9 và tháng 10/2024", "Quý II và Quý III/2024": periods joined under one
// year are one span of time, which ends with the last of them.
std::optional<DateParts> read_period(TokenCursor& c);

// Puts the cursor back at `start` and reports no match, for a reader that failed part-way.
std::nullopt_t no_match(TokenCursor& c, std::size_t start);

}  // namespace vbtrack::deadlines
