// Who does what: the bodies a sentence gives a role to.
//   "X chủ trì, phối hợp với Y, Z ..."      -> X chủ trì; Y, Z phối hợp
//   "Giao X <task>", "- Chỉ đạo X <task>", "X có trách nhiệm ..." -> X thực hiện
//   "X theo dõi, đôn đốc ...", "X kiểm tra, giám sát ..." -> X theo dõi
//   "Giao X theo dõi, đôn đốc ..."           -> X theo dõi and thực hiện
//   "Y phối hợp với X <task>" (no lead)      -> Y thực hiện; X phối hợp
// A name's extent comes from its structure (a head noun, then its specifier up to
// its level and place; see responsibility_names.hpp), a role from the verb right
// after the name. A numbered heading that names a body ("2. Sở Tài chính") makes
// that body the subject of the bullets under it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extractors/text_view.hpp"

namespace vbtrack {

struct RoleAssignment {
    std::string name;  // as written, capitalized, without trailing punctuation
    std::string role;  // chủ trì | phối hợp | thực hiện | theo dõi
    TextSpan span;     // the name in DocumentText::text()
    std::string rule;  // which pattern fired, for the evidence
};

// What the document around the sentences tells about them.
struct RoleContext {
    // Whether a name is the document's issuer: a plain sentence of the issuer's
    // own voice ("Ủy ban nhân dân huyện kính trình ...", "Ban Thường vụ Huyện ủy
    // thông báo để ...") submits or announces; it gives the issuer no task.
    std::function<bool(const std::string& name)> is_issuer;
    // A report (báo cáo) narrates what was done: its plain sentences with a body
    // as subject ("Đảng ủy tổ chức 3 hội nghị ...") assign nothing; list items,
    // "giao", "chủ trì" and the rest still do.
    bool narrative = false;
};

// Roles stated in one sentence (or clause); `subject` is the body a heading
// above put in charge, used when the sentence has no subject of its own.
std::vector<RoleAssignment> roles_in_sentence(const DocumentText& text, TextSpan sentence,
                                              const std::string& subject = {}, const RoleContext& context = {});

// Every role assignment in [body.begin, body.end), sentence by sentence, with
// headings carrying their body down to the lines under them.
std::vector<RoleAssignment> find_roles(const DocumentText& text, TextSpan body, const RoleContext& context = {});

}  // namespace vbtrack
