// Approximate search for the fixed phrases of the format (the mottos "CỘNG HÒA
// XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nơi nhận") in folded
// text, so that OCR errors ("CONG HOA XA HQI") and stripped marks still match.
#pragma once

#include <optional>
#include <string_view>

namespace vbtrack {

struct FuzzyMatch {
    std::size_t begin = 0, end = 0;  // in the searched string
    int errors = 0;
};

// The substring of `text` closest to `pattern` (edit distance, Sellers'
// algorithm), if it has at most `max_errors` edits. Both are folded text.
std::optional<FuzzyMatch> find_fuzzy(std::string_view text, std::string_view pattern, int max_errors);

}  // namespace vbtrack
