// The deadlines of a document (DESIGN.md §2 `deadlines`, §5): each time limit
// the text sets, with its task, who is responsible, and a due date where the
// anchor is known. How phrases are read: deadline_phrases.hpp; how dates are
// resolved: deadline_dates.hpp; task and responsible: deadline_context.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/finding.hpp"
#include "extractors/responsibility.hpp"
#include "extractors/text_view.hpp"
#include "pipeline/core/record.hpp"

namespace vbtrack {

// Deadlines in `body` (a span of text.text()), in text order. `issued_date`
// (ISO) anchors years left unwritten and terms counted from the signature;
// `roles` is find_roles() over the same body. Evidence spans are the phrases.
std::vector<Finding<Deadline>> extract_deadlines(const DocumentText& text, TextSpan body,
                                                 const std::optional<std::string>& issued_date,
                                                 const std::vector<RoleAssignment>& roles);

}  // namespace vbtrack
