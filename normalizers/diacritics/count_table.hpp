// The learned confusion tables (data/*.tsv) as rows: tab-separated lines of
// kind, true, read and count; lines starting with '#' are comments.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vbtrack::diacritics {

struct CountRow {
    std::string kind, truth, read;
    float count = 0;
};

// Added to every count of a table (add-half smoothing), so that a confusion
// the table never saw is rare, not impossible.
inline constexpr float kCountSmoothing = 0.5f;

// Every row of `table`; a malformed line throws, naming `table_name` and the line.
std::vector<CountRow> parse_count_table(std::string_view table, std::string_view table_name);

}  // namespace vbtrack::diacritics
