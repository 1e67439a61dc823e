// The numbered parts of a document's body as the finder of responsible bodies
// reads them: how deep a part is, whether its line is a heading that names the
// bodies the lines under it address ("2. Sở Tài chính", "3. Đề nghị Ủy ban MTTQ
// xã và ..."), and whether a sentence names its own subject.
#pragma once

#include <cstddef>
#include <vector>

#include "extractors/responsibility.hpp"
#include "extractors/responsibility_words.hpp"

namespace vbtrack::roles {

// Whether the line is a heading naming bodies; each body is added to `out` with
// the role "thực hiện" (its items, when they name no subject, are its tasks).
bool heading_subject(const DocumentText& text, std::size_t line, std::vector<RoleAssignment>& out);

// How deep the numbered part a line opens is: "III." 0, "1." 1, "2.1." 2, "a)" 9
// (under any number); -1 when the line opens none (a plain line, "-", "+").
int numbering_depth(const DocumentText& text, std::size_t line);

// Whether a sentence (its words_of()) names who does it in front: a body, or
// "Giao X", "Đề nghị X".
bool names_own_subject(const std::vector<Word>& w);

}  // namespace vbtrack::roles
