#include "extractors/responsibility_sentence.hpp"

#include <algorithm>

namespace vbtrack::roles {

// The body before word i in its clause; the heading's body when there is none.
std::string SentenceRoles::assign_subject(std::size_t i, const std::string& role, const std::string& rule) {
    if (told_in_past(i)) return {};
    std::size_t b = after_title(clause_begin(i));
    // "Sau khi Kế hoạch được ban hành, Sở X chủ trì ...": the subject after an opening clause.
    if (std::size_t after = after_fronted_adverbial(b); after > b && after < i) b = after;
    std::size_t e = i;
    // "Sở X là cơ quan thường trực ..., có trách nhiệm chủ trì": the name ends before "là" or a comma.
    for (std::size_t k = b; k < i; ++k) {
        if (w_[k].f == "là" || phrase_at(w_, k, "có trách nhiệm") || phrase_at(w_, k, "có nhiệm vụ") ||
            (k > b && phrase_at(w_, k, "đồng thời"))) {
            e = k;
            break;
        }
    }
    while (e > b && (phrase_at(w_, e - 1, "thời") || w_[e - 1].f == "đồng")) --e;
    if (e > b) {
        if (!is_name_span(w_, b, e)) {
            if (!qualified_by_participle(b, e, i)) return {};
            add_range({b, e}, role, rule);
            return remember(name_text(s_, w_, b, e));
        }
        std::string first;
        for (auto r : name_list(w_, b)) {
            r.end = std::min(r.end, e);
            if (r.end <= r.begin) continue;
            add_range(r, role, rule);
            if (first.empty()) first = name_text(s_, w_, r.begin, r.end);
        }
        return remember(first);
    }
    for (const std::string& subject : subjects_) add(subject, role, {w_[i].span.begin, w_[i].span.end}, rule + ".heading");
    return subjects_.empty() ? std::string() : subjects_.front();
}

std::string SentenceRoles::remember(std::string name) {
    if (sentence_subject_.empty()) sentence_subject_ = name;
    return name;
}

// "Các đồng chí Đảng ủy viên được phân công phụ trách chi bộ có trách nhiệm ...":
// before "có/chịu trách nhiệm", which only a subject precedes, a passive
// participle with its complement qualifies one name.
// A plural level's list of levels may come before it ("Phòng X các huyện, thị xã
// được kiểm tra có trách nhiệm ...").
bool SentenceRoles::qualified_by_participle(std::size_t b, std::size_t e, std::size_t verb) const {
    if (!phrase_at(w_, verb, "có trách nhiệm") && !phrase_at(w_, verb, "chịu trách nhiệm") &&
        !phrase_at(w_, verb, "có nhiệm vụ"))
        return false;
    for (std::size_t k = b + 1; k < e; ++k) {
        if (w_[k].f != "được") continue;
        for (std::size_t p = k; p + 1 < e; ++p)
            if (w_[p].punct) return false;
        for (std::size_t p = b; p + 1 < k; ++p)
            if (w_[p].punct && !(level_noun(w_[p]) && level_noun(w_[k - 1]))) return false;
        return is_name_span(w_, b, k);
    }
    return false;
}

// "1. Phòng Tài chính ... căn cứ ...", "- Thường trực HĐND xã thông báo ...",
// "Trung tâm Y tế huyện cập nhật ...", "Các sở, ban, ngành; Ủy ban nhân dân các
// huyện rà soát ...": a sentence (or its clause from word b) whose subject is a
// body (or bodies, listed with "," or ";") and whose verb follows.
void SentenceRoles::subject_verb(std::size_t b) {
    const bool item = lead_ > 0;
    if (b + 1 < w_.size() && w_[b].f == "điều" && w_[b + 1].punct == '.') b += 2;  // "Điều 3. Đoàn X tiến hành ..."
    if (!item && context_.narrative) return;
    // "Sau khi nghe báo cáo, Giám đốc Sở ghi nhận ... và kết luận như sau:": the
    // voice that introduces what follows, not a body given a task.
    if (!item && w_.size() >= 2 && w_.back().punct == ':' && w_.back().f == "sau" && w_[w_.size() - 2].f == "như")
        return;
    b = after_fronted_adverbial(b);
    if (b >= w_.size() || !body_head_at(w_, b)) return;
    std::size_t end = 0;
    auto names = name_list(w_, b, &end);
    while (!names.empty() && end < w_.size() && w_[end - 1].punct == ';' && body_head_at(w_, end)) {
        std::size_t next_end = 0;
        auto more = name_list(w_, end, &next_end);
        if (more.empty()) break;
        names.insert(names.end(), more.begin(), more.end());
        end = next_end;
    }
    // "Phòng X là cơ quan thường trực của Ban Y, tham mưu ...": the subject, what it
    // is, then after the comma what it does.
    const std::size_t apposition = names.empty() ? 0 : verb_after_apposition(end);
    if (apposition) end = apposition;
    if (names.empty() || end >= w_.size() || !w_[end].predicate) return;
    // "X tuyên bố lý do, giới thiệu ...": a verb the list does not know came before the comma.
    if (w_[end - 1].punct == ',' && !apposition) return;
    // "Hội đồng nhân dân xã ghi nhận, đánh giá cao ...": in a plain sentence a verb
    // known only from where the name ends, joined by a comma to the next, is
    // the voice of a meeting acknowledging, as above; a list item assigns.
    if (!item && w_[end].inferred && (w_[end].punct == ',' || (end + 1 < w_.size() && w_[end + 1].punct == ',')))
        return;
    if (phrase_at(w_, end, "chủ trì") || phrase_at(w_, end, "phối hợp") || phrase_at(w_, end, "lãnh đạo")) return;
    // "Chủ tịch UBND huyện yêu cầu Thủ trưởng ...": who asks gives the task; it is read at the verb.
    if (phrase_at(w_, end, "yêu cầu") || phrase_at(w_, end, "đề nghị")) return;
    if (!item && names.size() == 1 && is_issuer(names.front())) return;
    // "X giúp Y kiểm tra, giám sát ...": X does what the verb after Y says.
    if (phrase_at(w_, end, "giúp") && body_head_at(w_, end + 1)) {
        std::size_t helped_end = 0;
        name_list(w_, end + 1, &helped_end);
        if (helped_end < w_.size() && !w_[helped_end - 1].punct) end = helped_end;
    }
    if (!monitoring_verb(end)) {
        for (auto r : names) add_range(r, "thực hiện", "role.subject");
        return;
    }
    // "X theo dõi, đôn đốc ..., báo cáo ...": one monitoring task, its report
    // included; another task after ";" is one X carries out too.
    for (auto r : names) add_range(r, "theo dõi", "role.subject.theo_doi");
    for (std::size_t k = end; k + 1 < w_.size(); ++k) {
        if (w_[k].punct != ';' || !w_[k + 1].predicate || monitoring_verb(k + 1)) continue;
        if (phrase_at(w_, k + 1, "báo cáo") || phrase_at(w_, k + 1, "tổng hợp")) continue;
        for (auto r : names) add_range(r, "thực hiện", "role.subject.other_task");
        break;
    }
}

// The issuer, its term left out: "Ban Chấp hành Đảng bộ xã X khóa XIV, nhiệm kỳ
// 2020 - 2025 ban hành ..." is the issuer's own voice.
bool SentenceRoles::is_issuer(NameRange r) const {
    if (!context_.is_issuer) return false;
    for (std::size_t k = r.begin + 1; k < r.end; ++k)
        if (w_[k].f == "khóa" || w_[k].f == "nhiệm") {
            r.end = k;
            break;
        }
    return context_.is_issuer(name_text(s_, w_, r.begin, r.end));
}

// A clause without a subject: after ";" the sentence's own subject ("X có trách
// nhiệm ...; theo dõi, đôn đốc ..."), else the heading's.
void SentenceRoles::heading_role(const std::string& role, std::size_t i) {
    if (!sentence_subject_.empty() && i > lead_ && w_[i - 1].punct == ';')
        add(sentence_subject_, role, w_[i].span, "role.theo_doi.sentence");
    else
        for (const std::string& subject : subjects_) add(subject, role, w_[i].span, "role.theo_doi.heading");
}

// With a lead in the sentence, the lead monitors when the verb follows it or its
// partners ("X chủ trì, phối hợp với Y theo dõi ..."), not in a noun phrase
// ("chương trình kiểm tra, giám sát").
void SentenceRoles::monitor(std::size_t i, const std::optional<std::string>& lead) {
    if (!lead || lead->empty()) {
        assign_subject(i, "theo dõi", "role.theo_doi");
        return;
    }
    bool after_lead = i >= 2 && (phrase_at(w_, i - 2, "chủ trì") || phrase_at(w_, i - 2, "phối hợp"));
    if (after_lead || i == partners_end_) add(*lead, "theo dõi", w_[i].span, "role.theo_doi.lead");
}

void SentenceRoles::partners(std::size_t i) {
    if (told_in_past(i)) return;
    for (auto r : name_list(w_, i + 3, &partners_end_)) add_range(r, "phối hợp", "role.phoi_hop_voi");
    // "Y phối hợp với X làm ...": with no lead named, Y works together with X, and
    // both take part, as the official gold records it (not when "chủ trì, phối hợp").
    bool after_lead = i >= 2 && w_[i - 1].f == "trì" && w_[i - 2].f == "chủ";
    if (!after_lead) assign_subject(i, "phối hợp", "role.phoi_hop");
}

}  // namespace vbtrack::roles
