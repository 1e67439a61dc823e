// The (name, role) pairs find_roles gives for a text, for the tests of
// responsible bodies and their roles.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/responsibility.hpp"

namespace vbtrack::test {

using Pairs = std::vector<std::pair<std::string, std::string>>;

inline Pairs roles(std::string_view text) {
    DocumentText t = DocumentText::from_plain(text);
    Pairs out;
    for (const auto& r : find_roles(t, {0, t.text().size()})) out.emplace_back(r.name, r.role);
    return out;
}

inline bool has(const Pairs& pairs, const std::string& name, const std::string& role) {
    for (const auto& [n, r] : pairs)
        if (n == name && r == role) return true;
    return false;
}

// The pairs on one line, for a failing assertion's message.
inline std::string dump(const Pairs& pairs) {
    std::string out;
    for (const auto& [n, r] : pairs) out += "[" + n + " | " + r + "] ";
    return out;
}

}  // namespace vbtrack::test
