// The parts names of bodies are built from, as the readers of names share them
// (official_names.cpp, office_spellings.cpp, localities.cpp): administrative
// levels and the committees of a level, read from a name's words folded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vbtrack::name_parts {

// A word or phrase folded (no marks, lower case) and spelled right.
struct Spelling {
    std::string_view folded;
    std::string_view spelled;
};

// The words folded, one for one.
std::vector<std::string> folded_words_of(const std::vector<std::string>& words);

// The level word(s) starting at word i, as the number of words it spans (0 = none).
std::size_t level_at(const std::vector<std::string>& folded_words, std::size_t i);

// True when a level word starts at word i or later ("... tỉnh Thái Nguyên").
bool has_level_from(const std::vector<std::string>& folded_words, std::size_t i);

// The level of n words at word i spelled right ("thị xã"); empty when none is there.
std::string_view level_spelling(const std::vector<std::string>& folded_words, std::size_t i, std::size_t n);

// A level word as written, marks and all, or without any marks ("tinh"): inside a
// place name a word that only folds like one is part of the name ("Hà Tĩnh").
bool is_written_level(const std::vector<std::string>& words, const std::vector<std::string>& folded_words,
                      std::size_t i);

// Folded level name -> the level key used in Localities.
std::string level_key(const std::vector<std::string>& words, std::size_t i, std::size_t n);

// A party committee ("Tỉnh ủy", "Đảng ủy") or the Youth Union's committee of a
// level ("Tỉnh đoàn", "Huyện đoàn"; not "quân đoàn", an army corps, nor "đảng đoàn").
bool is_committee(const std::vector<std::string>& f, std::size_t i);

}  // namespace vbtrack::name_parts
