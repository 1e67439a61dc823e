// Where the names of responsible bodies start and end in a sentence's words: one
// name ("Chi cục Chăn nuôi, Thú y và Thủy sản"), a list of them ("Sở A, Sở B và
// Ủy ban nhân dân các huyện P, Q"), and the names a document delimits itself.
#pragma once

#include <string>
#include <vector>

#include "extractors/responsibility_words.hpp"
#include "extractors/text_view.hpp"

namespace vbtrack::roles {

constexpr std::size_t kMaxNameWords = 16;

struct NameRange {
    std::size_t begin, end;  // word indices
};

// The name [b, e) as written, capitalized, without trailing punctuation.
std::string name_text(const std::string& s, const std::vector<Word>& w, std::size_t b, std::size_t e);

// The names of a list starting at word b; *list_end gets the word after the list.
std::vector<NameRange> name_list(const std::vector<Word>& w, std::size_t b, std::size_t* list_end = nullptr);

// Words [b, e) read as a body's name (or list): it starts like one, has no verb
// inside, and does not end on a function word ("của", "và").
bool is_name_span(const std::vector<Word>& w, std::size_t b, std::size_t e);

// Names the document delimits by itself, as folded words: on a recipient or "Kính
// gửi" line, a list item that is only names, or before a listed verb in one of
// `sentences` (each sentence's words_of()).
using KnownNames = std::vector<std::vector<std::string>>;
KnownNames delimited_names(const DocumentText& text, const std::vector<std::vector<Word>>& sentences);

// Where a known name stands in `w` and a lower-case word follows that does not go
// on with it, that word is the verb.
void mark_known_name_ends(std::vector<Word>& w, const KnownNames& known);

}  // namespace vbtrack::roles
