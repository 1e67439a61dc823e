#include "extractors/responsibility.hpp"

#include <algorithm>

#include "extractors/responsibility_headings.hpp"
#include "extractors/responsibility_sentence.hpp"
#include "extractors/sentences.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

using namespace roles;

std::vector<RoleAssignment> roles_in_sentence(const DocumentText& text, TextSpan sentence, const std::string& subject,
                                              const RoleContext& context) {
    std::vector<std::string> subjects;
    if (!subject.empty()) subjects.push_back(subject);
    return SentenceRoles(text, words_of(text.text(), sentence), std::move(subjects), context, {}).run();
}

std::vector<RoleAssignment> find_roles(const DocumentText& text, TextSpan body, const RoleContext& context) {
    std::vector<RoleAssignment> out;
    // "2. Ban Chỉ huy Quân sự huyện, Công an huyện" / "- Phối hợp với ...": every body
    // the heading names is the subject of the lines under it.
    std::vector<std::string> subjects;
    const auto sentences = split_sentences(text, body);
    // Each sentence's words are read once: the names it delimits are looked for in all
    // of them before any sentence's roles.
    std::vector<std::vector<Word>> words;
    words.reserve(sentences.size());
    for (const TextSpan& sentence : sentences) words.push_back(words_of(text.text(), sentence));
    const KnownNames known = delimited_names(text, words);
    // A heading's body is responsible once a sentence under it is its ("- Rà soát ...",
    // "- Phối hợp với Y ..."); a heading over items that name their own subjects
    // ("3. Các phòng nghiệp vụ" / "Phòng A chủ trì ...") only groups them.
    std::vector<RoleAssignment> heading_roles;
    int heading_depth = -1;
    for (std::size_t n = 0; n < sentences.size(); ++n) {
        const TextSpan& sentence = sentences[n];
        std::size_t line = text.line_at(sentence.begin);
        bool line_start = text.lines()[line].span.begin == sentence.begin;
        if (int depth = line_start ? numbering_depth(text, line) : -1; depth >= 0) {
            // A new numbered part: its heading names the subject, or there is none. An
            // item whose sentence goes on past its line ("1. Đề nghị X huyện" / "chỉ đạo
            // Y ...", as a text PDF wraps it) is no heading. A part of the heading's
            // level or above ends the heading's reach; its sub-items are under it.
            bool wrapped = sentence.end > text.lines()[line].span.end;
            std::vector<RoleAssignment> named;
            const bool heading = !wrapped && heading_subject(text, line, named);
            if (heading || depth <= heading_depth) {
                subjects.clear();
                for (const RoleAssignment& r : named) subjects.push_back(r.name);
                heading_roles = std::move(named);
                heading_depth = heading ? depth : -1;
            }
            if (heading) continue;
        }
        const bool own_subject = names_own_subject(words[n]);
        auto roles = SentenceRoles(text, std::move(words[n]), subjects, context, known).run();
        bool heading_derived = !roles.empty() && std::all_of(roles.begin(), roles.end(), [](const RoleAssignment& r) {
            return r.rule.ends_with(".heading") || r.rule == "role.phoi_hop_voi";
        });
        if (!own_subject || heading_derived) {
            for (auto& r : heading_roles) out.push_back(std::move(r));
            heading_roles.clear();
        }
        for (auto& r : roles) out.push_back(std::move(r));
    }
    // One entry per (name, role).
    std::vector<RoleAssignment> unique;
    for (auto& r : out) {
        bool seen = std::any_of(unique.begin(), unique.end(), [&](const RoleAssignment& u) {
            return u.role == r.role && folded(u.name) == folded(r.name);
        });
        if (!seen) unique.push_back(std::move(r));
    }
    return unique;
}

}  // namespace vbtrack
