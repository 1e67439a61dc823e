#include "normalizers/lm/spelling_group.hpp"

#include "normalizers/base_form.hpp"
#include "normalizers/lm/ngram_hash.hpp"

namespace vbtrack::lm {

std::uint32_t spelling_group_hash(std::string_view word) { return static_cast<std::uint32_t>(word_key(base_form(word)) >> 32); }

}  // namespace vbtrack::lm
