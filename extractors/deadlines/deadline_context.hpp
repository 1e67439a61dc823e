// What a deadline belongs to: the task it limits and the bodies that must do it.
//   Task: the clause (between semicolons) that holds the deadline, without the
//   deadline, a trailing "hoàn thành", a purpose ("để …"), the list marker and
//   the names and roles in front ("X chủ trì, phối hợp với Y"). When the clause
//   is only "hoàn thành trước ngày …", the clauses before it are the task.
//   Responsible: who the sentence puts in charge (chủ trì, thực hiện — not the
//   partners); else who the lead-in line of a list ("X phối hợp với Y:") names;
//   else the body the section's heading names ("3. Phòng Tổ chức …",
//   "1. Nhiệm vụ của Tổ công tác").
#pragma once

#include <string>
#include <vector>

#include "extractors/responsibility.hpp"
#include "extractors/text_view.hpp"

namespace vbtrack::deadlines {

struct DeadlineContext {
    std::string task;
    std::vector<std::string> responsible;
};

class ContextFinder {
public:
    // `roles`: find_roles() over the body, whose heading entries carry a
    // section's body down to its sentences.
    ContextFinder(const DocumentText& text, const std::vector<RoleAssignment>& roles);

    // `all_deadlines`: every deadline span of the document; a body's name
    // never runs into one ("theo yêu cầu của X trong thời hạn 03 ngày").
    DeadlineContext context_of(TextSpan deadline, const std::vector<TextSpan>& all_deadlines) const;

private:
    TextSpan sentence_of(TextSpan span) const;
    // The bodies that answer for a term: its clause's doers, with the clauses of
    // names only before it, or the sentence's when its clause names none.
    std::vector<const RoleAssignment*> doers_of_clause(TextSpan sentence, TextSpan deadline,
                                                       const std::vector<RoleAssignment>& own) const;
    std::string task_of(TextSpan sentence, TextSpan deadline, const std::vector<RoleAssignment>& own) const;
    std::vector<std::string> lead_in_bodies(std::size_t line) const;
    std::vector<std::string> heading_bodies(std::size_t line) const;

    const DocumentText& text_;
    const std::vector<RoleAssignment>& roles_;
    std::vector<TextSpan> sentences_;
};

}  // namespace vbtrack::deadlines
