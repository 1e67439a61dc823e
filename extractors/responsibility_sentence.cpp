#include "extractors/responsibility_sentence.hpp"

#include <algorithm>

#include "extractors/vietnamese.hpp"

namespace vbtrack::roles {

SentenceRoles::SentenceRoles(const DocumentText& text, std::vector<Word> words, std::vector<std::string> subjects,
                             const RoleContext& context, const KnownNames& known)
    : s_(text.text()), w_(std::move(words)), subjects_(std::move(subjects)), context_(context) {
    while (lead_ < w_.size() && is_marker(w_[lead_])) ++lead_;
    mark_known_name_ends(w_, known);
}

std::vector<RoleAssignment> SentenceRoles::run() {
    if (w_.empty()) return {};
    // A report's kiến nghị ("Đề nghị Sở X bổ sung ...", "Đề nghị UBND huyện chỉ đạo
    // Y ...") asks its superiors for help: a recommendation, not a task. (A numbered
    // item of its tasks ahead, "5. Đề nghị X chỉ đạo Y ...", still assigns.)
    if (context_.narrative && lead_ == 0 && (phrase_at(w_, 0, "đề nghị") || phrase_at(w_, 0, "kiến nghị")))
        return {};
    execution_clause();
    std::optional<std::string> lead;
    for (std::size_t i = 0; i < w_.size(); ++i) {
        if (phrase_at(w_, i, "chủ trì") && leads_action(i + 2)) lead = assign_subject(i, "chủ trì", "role.chu_tri");
        else if (phrase_at(w_, i, "phối hợp với")) partners(i);
        else if (phrase_at(w_, i, "giao") && clause_start(i)) given(i + 1, "role.giao");
        else if (std::size_t n = monitoring_verb(i)) {
            clause_start(i) ? heading_role("theo dõi", i) : monitor(i, lead);
            // "theo dõi, đôn đốc, hướng dẫn ...": one monitoring task.
            i += n - 1;
            while (w_[i].punct == ',' && i + 1 < w_.size() && monitoring_verb(i + 1)) i += monitoring_verb(i + 1);
        }
        else if (verb_at(i, "lãnh đạo") && !clause_start(i)) leads_other(i);
        // "- Chỉ đạo Y ...", "X xây dựng ...; chỉ đạo Y ...": a clause of its own directs Y
        // (after ";" when the sentence names who directs).
        else if (verb_at(i, "chỉ đạo") && clause_start(i) && (i == lead_ || body_head_at(w_, lead_)))
            directed(i + 2, "role.chi_dao.item");
        else if (verb_at(i, "chỉ đạo") && !advised(clause_begin(i))) leads_other(i);
        else if ((phrase_at(w_, i, "có trách nhiệm") || phrase_at(w_, i, "có nhiệm vụ") ||
                  (phrase_at(w_, i, "chịu trách nhiệm") && !phrase_at(w_, i + 3, "thi hành"))) &&
                 !clause_start(i))
            assign_subject(i, "thực hiện", "role.trach_nhiem");
        // A report's "Đề nghị X ..." asks its superior for help: a recommendation, not a task.
        else if (phrase_at(w_, i, "đề nghị") && (!clause_start(i) || !context_.narrative) && !names_a_letter(i))
            requested(i + 2);
        else if (phrase_at(w_, i, "yêu cầu") && !clause_start(i) && !names_a_letter(i)) requested(i + 2);
    }
    subject_verb(lead_);
    // "X xây dựng ...; Tổ A và Tổ B tổ chức ...", "...; trong thời hạn 05 ngày sau khi
    // ..., Ban Y công khai ...": a clause after ";" with a subject of its own (a
    // name right after ";" may go on with a list before it; one after an opening
    // phrase may not).
    for (std::size_t k = lead_ + 1; k < w_.size(); ++k) {
        if (w_[k - 1].punct != ';') continue;
        const std::size_t subject = after_fronted_adverbial(k);
        if (subject > k ? body_head_at(w_, subject) : body_head_at(w_, k) && !names_before(k)) subject_verb(k);
    }
    return std::move(out_);
}

void SentenceRoles::add(std::string name, std::string role, TextSpan span, std::string rule) {
    if (name.empty()) return;
    for (const auto& r : out_)
        if (folded(r.name) == folded(name) && r.role == role) return;
    out_.push_back({std::move(name), std::move(role), span, std::move(rule)});
}

void SentenceRoles::add_range(NameRange r, const std::string& role, const std::string& rule) {
    // "đồng chí Ủy viên ...", "đ/c Trưởng ban ...": a person by office; the office is the name.
    r.begin = std::min(after_title(r.begin), r.end - 1);
    add(name_text(s_, w_, r.begin, r.end), role, {w_[r.begin].span.begin, w_[r.end - 1].span.end}, rule);
}

}  // namespace vbtrack::roles
