#include "extractors/responsibility_sentence.hpp"

#include <algorithm>

namespace vbtrack::roles {

// "- Chỉ đạo Ủy ban nhân dân các xã rà soát ...": the bodies directed carry it
// out, unless their own clause gives them a role ("Chỉ đạo Sở X chủ trì, ...").
void SentenceRoles::directed(std::size_t k, const std::string& rule) {
    if (k >= w_.size() || !body_head_at(w_, k)) return;
    std::size_t end = 0;
    auto names = name_list(w_, k, &end);
    if (end >= w_.size() || !w_[end].predicate || w_[end - 1].punct) return;
    if (phrase_at(w_, end, "chủ trì") || phrase_at(w_, end, "phối hợp")) return;
    for (auto r : names) add_range(r, "thực hiện", rule);
}

// "Giao X <verb> ...": X carries the task out (DESIGN.md §5: "Giao X ..." -> X
// executes); "chủ trì" and "phối hợp với" are read where they stand. A
// monitoring verb makes X "theo dõi" instead ("Giao X theo dõi, đôn đốc việc
// thực hiện"), and both when a task of its own follows after ";" ("...; tổng
// hợp kết quả, báo cáo ..."), as the development gold kl215 lists "thực hiện"
// beside "theo dõi" for "Giao X chủ trì, phối hợp với Y theo dõi, đôn đốc ...;
// tổng hợp kết quả, báo cáo ...".
void SentenceRoles::given(std::size_t b, const std::string& rule) {
    std::size_t end = 0;
    auto names = name_list(w_, b, &end);
    bool verb_next = end < w_.size() && !w_[end - 1].punct;
    if (std::size_t scoped = verb_next ? scope_end(end) : 0) names.back().end = end = scoped;
    if (verb_next && phrase_at(w_, end, "chủ trì") && leads_action(end + 2)) {
        for (auto r : names) add_range(r, "thực hiện", rule + ".chu_tri");
        return;
    }
    if (verb_next && (phrase_at(w_, end, "chủ trì") || phrase_at(w_, end, "phối hợp"))) return;
    const bool monitors = verb_next && monitoring_verb(end);
    const bool carries_out = !monitors || task_after_clause(end);
    for (auto r : names) {
        if (monitors) add_range(r, "theo dõi", rule + ".theo_doi");
        if (carries_out) add_range(r, "thực hiện", rule);
    }
}

// "X lãnh đạo, chỉ đạo Y ...", "X chỉ đạo Y tổ chức ...": both carry it out;
// "X chỉ đạo Y chủ trì, phối hợp với Z": Y's role is the one its clause gives.
void SentenceRoles::leads_other(std::size_t i) {
    std::size_t b = clause_begin(i);
    // "X có trách nhiệm chỉ đạo Y và Z ...": X's role is read at "có trách nhiệm"; Y and Z carry it out.
    bool duty = i >= 3 && (phrase_at(w_, i - 3, "có trách nhiệm") || phrase_at(w_, i - 3, "chịu trách nhiệm"));
    if (duty) {
        directed_objects(i);
        return;
    }
    if (!is_name_span(w_, b, i)) return;
    assign_subject(i, "thực hiện", "role.lanh_dao");
    directed_objects(i);
}

// The bodies "lãnh đạo, chỉ đạo" at i directs.
void SentenceRoles::directed_objects(std::size_t i) {
    std::size_t k = i + 2;
    if (k < w_.size() && w_[i + 1].punct == ',' && phrase_at(w_, k, "chỉ đạo")) k += 2;
    if (k >= w_.size() || !body_head_at(w_, k)) return;
    std::size_t end = 0;
    auto names = name_list(w_, k, &end);
    if (end < w_.size() && (phrase_at(w_, end, "chủ trì") || phrase_at(w_, end, "phối hợp"))) return;
    for (auto r : names) add_range(r, "thực hiện", "role.lanh_dao.object");
}

// "yêu cầu Thủ trưởng ..., Chủ tịch ..." — named bodies, not "các đơn vị" at large
// (the units addressed, referred back to). A request that lists kinds of bodies and
// what they are to do ("đề nghị các cơ quan, đơn vị, doanh nghiệp quan tâm thực
// hiện") describes whom it asks.
void SentenceRoles::requested(std::size_t b) {
    // "theo yêu cầu của ...", "đề nghị của ...": the noun, not a request to someone.
    // "khi có yêu cầu; ...": nothing asked of anyone before the punctuation.
    if (b >= w_.size() || w_[b].f == "của" || (b >= 3 && w_[b - 3].f == "theo") || w_[b - 1].punct) return;
    // "đề nghị liên hệ X để được hướng dẫn": the reader is asked to contact X, who is given nothing.
    if (phrase_at(w_, b, "liên hệ")) return;
    std::size_t end = 0;
    auto names = name_list(w_, b, &end);
    if (names.empty()) return;
    bool named = false;
    for (std::size_t k = names.front().begin; k < names.front().end; ++k) named = named || w_[k].upper;
    const NameRange& first = names.front();
    bool kinds = std::any_of(w_.begin() + first.begin, w_.begin() + first.end - 1,
                             [](const Word& x) { return x.punct == ','; });
    bool asked = w_[b - 2].f == "đề" && kinds && body_head_at(w_, b) && end < w_.size() && w_[end].predicate &&
                 !w_[end - 1].punct;
    if (!named && !asked) return;
    for (auto r : names) add_range(r, "thực hiện", "role.yeu_cau");
}

}  // namespace vbtrack::roles
