// The query both stores answer number_clashes() with (standard SQL).
#pragma once

#include <vector>

#include "pipeline/store/store.hpp"

namespace vbtrack {

// Rows (issuer, number_symbol, year, path) of every document in a clash, grouped by ordering.
inline constexpr const char* kNumberClashesSql = R"(SELECT issuer, number_symbol, substr(issued_date, 1, 4) AS year, path FROM documents
                   WHERE status <> 'failed' AND (issuer, number_symbol, substr(issued_date, 1, 4)) IN (
                       SELECT issuer, number_symbol, substr(issued_date, 1, 4) FROM documents
                       WHERE number_symbol <> '' AND issued_date IS NOT NULL AND status <> 'failed'
                       GROUP BY 1, 2, 3 HAVING count(*) > 1)
                   ORDER BY number_symbol, year, issuer, path)";

// Folds the ordered rows into clashes.
template <class Rows>
std::vector<NumberClash> group_number_clashes(const Rows& rows) {
    std::vector<NumberClash> out;
    for (const auto& [issuer, number, year, path] : rows) {
        if (out.empty() || out.back().issuer != issuer || out.back().number_symbol != number || out.back().year != year)
            out.push_back(NumberClash{issuer, number, year, {}});
        out.back().paths.push_back(path);
    }
    return out;
}

}  // namespace vbtrack
