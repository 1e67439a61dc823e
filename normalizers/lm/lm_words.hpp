// The words the language model counts and scores: a line of text becomes
// lower-cased syllables, one placeholder per number, date or code (their
// digits carry no information about the syllables around them), and the
// punctuation marks themselves, which tell where phrases break.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "normalizers/tokenizer.hpp"

namespace vbtrack::lm {

inline constexpr std::string_view kSentenceBegin = "<s>";
inline constexpr std::string_view kSentenceEnd = "</s>";
inline constexpr std::string_view kUnknownWord = "<unk>";
inline constexpr std::string_view kNumberWord = "<num>";
inline constexpr std::string_view kCodeWord = "<code>";

// Lower-cases every letter (Vietnamese included) of a UTF-8 string.
std::string to_lower(std::string_view text);

// The model's word for one token.
std::string lm_word(const Token& token);

// The model's words for one line, without sentence markers.
std::vector<std::string> lm_words(std::string_view line);

}  // namespace vbtrack::lm
