// A word's letters without their marks: the form every marked spelling of a
// Vietnamese syllable shares ("kế", "kề", "Kệ" → "ke"). The restorer looks its
// candidates up by it; the language model groups a context's successors by it.
#pragma once

#include <string>
#include <string_view>

namespace vbtrack {

// "Kết" → "ket", "ĐẢNG" → "dang", "s6" → "s6": lower case, tone marks and
// vowel marks removed, đ → d. Characters that are not letters stay.
std::string base_form(std::string_view word);

// True when the word carries any Vietnamese mark (tone, ă â ê ô ơ ư, đ).
bool has_marks(std::string_view word);

}  // namespace vbtrack
