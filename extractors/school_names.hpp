// Schools and the organisations named after them. A school is named "Trường" +
// its level + its own name ("Trường Tiểu học Kim Liên", "Trường PTDTBT THCS
// Mường Tè"), and its party cell or union by the school's whole name ("Chi bộ
// Trường THPT X"): the own name is a proper name, every word capitalized, and
// the name is complete without the place of the body printed above it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vbtrack {

// The word at which a school's name starts ("CHI BỘ TRƯỜNG THCS X" -> 2);
// `words.size()` when the words name no school.
std::size_t school_name_start(const std::vector<std::string>& words);

// A school's name from "Trường" on, cased: "TRƯỜNG TIỂU HỌC KIM LIÊN" -> "Trường Tiểu học Kim Liên".
std::string school_case(const std::vector<std::string>& words);

// True when the name is, or ends with, a school named by its own name ("Trường
// THPT Hướng Lập", "Chi bộ Trường Tiểu học Kim Liên"): complete without a place.
bool names_a_school(std::string_view name);

}  // namespace vbtrack
