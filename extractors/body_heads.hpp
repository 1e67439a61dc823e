// The head nouns that open the names of official bodies and offices ("Ủy ban
// ...", "Sở ...", "Ban ..."), one list for every reader of names: the header's
// issuer lines and the subjects of a document's sentences. A header prints the
// issuing body and its parent, so it names bodies only; a sentence also names
// offices and people in them ("Chủ tịch ...", "Thủ trưởng các ...", "các ...").
#pragma once

#include <span>
#include <string_view>

namespace vbtrack {

struct BodyHead {
    std::string_view name;  // lower case, marks and all: "ủy ban", "sở"
    bool in_header;         // opens a body's name on a header line
    // In a sentence: never, in any case, or capitalized only (lower case the
    // word is a common one: "báo cáo", "đài", "trường hợp", "thanh tra" the verb).
    enum class InSentence { no, any_case, capitalized } in_sentence;
};

// A head that is the prefix of another ("hội" of "hội đồng") comes after it.
std::span<const BodyHead> body_heads();

}  // namespace vbtrack
