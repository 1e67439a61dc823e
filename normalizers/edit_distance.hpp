// Levenshtein distance (insertions, deletions, substitutions, each costing 1)
// between two whole strings: of code points where letters with marks must count
// as one (OCR candidates), of bytes where the text is folded to ASCII (headings).
#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

namespace vbtrack {

namespace detail {

template <typename Char>
int edit_distance(std::basic_string_view<Char> a, std::basic_string_view<Char> b) {
    std::vector<int> row(b.size() + 1);  // one row of the table, overwritten in place
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace detail

inline int edit_distance(std::string_view a, std::string_view b) { return detail::edit_distance(a, b); }
inline int edit_distance(std::u32string_view a, std::u32string_view b) { return detail::edit_distance(a, b); }

}  // namespace vbtrack
