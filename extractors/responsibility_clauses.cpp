#include "extractors/responsibility_sentence.hpp"

#include <algorithm>
#include <iterator>

namespace vbtrack::roles {

// Where the clause holding word i starts: after a marker, ';', a directive verb or "đồng thời".
std::size_t SentenceRoles::clause_begin(std::size_t i) const {
    std::size_t b = i;
    while (b > 0) {
        const Word& prev = w_[b - 1];
        if (prev.punct == ';' || prev.punct == ':' || prev.punct == '.' || b <= lead_) break;
        // "chỉ đạo Y", "X lãnh đạo Y" (the verb after its subject): Y is the next clause's
        // subject; "tham mưu lãnh đạo Văn phòng ..." names the leaders of a body
        // ("Phòng Tham mưu chủ trì ...": a name's capitals are no verb).
        bool directs =
            prev.f == "đạo" && b >= 2 && (w_[b - 2].f == "chỉ" || (w_[b - 2].f == "lãnh" && after_name(b - 2)));
        if ((prev.f == "giao" && clause_start(b - 1)) || prev.f == "thời" || prev.f == "nghị" || prev.f == "cầu" ||
            directs || (b >= 2 && verb_at(b - 2, "tham mưu")))
            break;
        --b;
    }
    return b;
}

// The verb, not a name's word: "Ban Chỉ đạo" inside a sentence is capitalized.
bool SentenceRoles::verb_at(std::size_t i, std::string_view verb) const {
    return phrase_at(w_, i, verb) && (!w_[i].upper || i == lead_);
}

bool SentenceRoles::clause_start(std::size_t i) const {
    return i <= lead_ || w_[i - 1].punct == ';' || w_[i - 1].punct == '.' || w_[i - 1].punct == ':';
}

// "chủ trì" as a role is followed by ',' "phối hợp" or an action, not by the thing chaired.
bool SentenceRoles::leads_action(std::size_t next) const {
    if (next >= w_.size()) return false;
    if (w_[next - 1].punct == ',') return true;
    return w_[next].predicate;
}

// "Trung tâm đã phối hợp với ...", "X đã chủ trì, phối hợp với ...": a clause told
// in the past reports what was done and assigns nothing. The tense word stands
// between the subject and its first verb, or right before the verb at i (not in
// an opening phrase, "Trên cơ sở kết quả đã đạt được, X chủ trì ...", nor in an
// object, "X rà soát các dự án đã hoàn thành, phối hợp với ...").
bool SentenceRoles::told_in_past(std::size_t i) const {
    auto past = [&](std::size_t k) { return w_[k].f == "đã" || w_[k].f == "từng"; };
    for (std::size_t k = i; k > 0 && k + 3 >= i && !w_[k - 1].punct; --k)
        if (past(k - 1)) return true;
    for (std::size_t k = after_fronted_adverbial(clause_begin(i)); k < i && !w_[k].predicate; ++k)
        if (past(k)) return true;
    return false;
}

// Whether a body's name ends right before word k ("Đảng ủy Quân sự thị xã | lãnh
// đạo"), not a verb ("Tham mưu | lãnh đạo Văn phòng ...").
bool SentenceRoles::after_name(std::size_t k) const {
    if (k <= lead_ || w_[k].upper) return false;
    std::size_t b = k;
    while (b > lead_ && !w_[b - 1].punct && w_[b - 1].f != "giao") --b;
    for (std::size_t s = b; s < k; ++s)
        if (body_head_at(w_, s) && is_name_span(w_, s, k)) return true;
    return false;
}

// "đồng chí Trưởng ban ...", "đ/c Chủ tịch ...": the office after a comrade's title.
std::size_t SentenceRoles::after_title(std::size_t b) const {
    std::size_t title = phrase_at(w_, b, "đồng chí") ? 2 : b < w_.size() && w_[b].f == "đ/c" ? 1 : 0;
    return title && b + title < w_.size() && w_[b + title].upper && !w_[b + title - 1].punct ? b + title : b;
}

// The words of a monitoring verb at i (0: none): "theo dõi", "đôn đốc", "giám
// sát" and "kiểm tra, giám sát" ("kiểm tra" alone is a task of its own).
std::size_t SentenceRoles::monitoring_verb(std::size_t i) const {
    if (i + 1 >= w_.size() || !(w_[i].predicate || clause_start(i))) return 0;
    if (phrase_at(w_, i, "theo dõi") || phrase_at(w_, i, "đôn đốc") || phrase_at(w_, i, "giám sát")) return 2;
    if (phrase_at(w_, i, "kiểm tra") && w_[i + 1].punct == ',' && i + 3 < w_.size() && phrase_at(w_, i + 2, "giám sát"))
        return 4;
    return 0;
}

// A task other than monitoring in a clause after ";" from word k on: a report
// included ("...; định kỳ hằng tháng báo cáo ...").
bool SentenceRoles::task_after_clause(std::size_t k) const {
    bool after_semicolon = false;
    for (; k < w_.size(); ++k) {
        if (w_[k].punct == ';') after_semicolon = true;
        else if (after_semicolon && w_[k].predicate && !monitoring_verb(k)) return true;
    }
    return false;
}

// "Giao Phó Chánh Thanh tra huyện phụ trách khối xã theo dõi ...", "Giao cán bộ
// ... được phân công phụ trách địa bàn hướng dẫn ...": after a name, "phụ trách"
// (in charge of) or "được phân công" (assigned) and a few words of scope qualify
// the office, up to the verb a word after the scope starts (0: no such scope).
std::size_t SentenceRoles::scope_end(std::size_t k) const {
    constexpr std::size_t kMaxScopeWords = 6;
    const std::size_t from = k;
    if (phrase_at(w_, k, "được phân công")) k += 3;
    if (phrase_at(w_, k, "phụ trách")) k += 2;
    if (k == from || k >= w_.size() || w_[k - 1].punct) return 0;
    for (std::size_t e = k + 1; e < w_.size() && e <= k + kMaxScopeWords && !w_[e - 1].punct; ++e)
        if (w_[e].predicate) return e;
    return 0;
}

// "tham mưu X chỉ đạo ...": X is advised to direct, and gives no one a task yet.
bool SentenceRoles::advised(std::size_t b) const { return b >= 2 && verb_at(b - 2, "tham mưu"); }

// "gửi văn bản đề nghị Ban X ...", "công văn yêu cầu ...": the request at word i
// names a letter (a noun compound); whom it goes to gets no task from this document.
bool SentenceRoles::names_a_letter(std::size_t i) const {
    if (i < 2 || w_[i - 1].punct) return false;
    return phrase_at(w_, i - 2, "văn bản") || phrase_at(w_, i - 2, "công văn") || phrase_at(w_, i - 2, "tờ trình");
}

// Whether the part before the ";" at word k - 1 ends with a list of names ("Căn cứ
// đề xuất của các Sở, ban, ngành; UBND các huyện ..."): the ";" goes on with the
// list, it opens no clause.
bool SentenceRoles::names_before(std::size_t k) const {
    for (std::size_t h = k; h-- > lead_ && k - h <= kMaxNameWords * 2;) {
        if (h + 1 < k && w_[h].punct == ';') break;  // the part before ends there
        std::size_t end = 0;
        if (body_head_at(w_, h) && !name_list(w_, h, &end).empty() && end == k) return true;
    }
    return false;
}

// After "là" at word k, the first predicate that opens a part of its clause after
// a comma (0: none).
std::size_t SentenceRoles::verb_after_apposition(std::size_t k) const {
    if (k >= w_.size() || w_[k].f != "là") return 0;
    for (; k + 1 < w_.size(); ++k) {
        if (w_[k].punct == ';' || w_[k].punct == '.' || w_[k].punct == ':') return 0;
        if (w_[k].punct == ',' && listed_predicate(w_, k + 1)) return k + 1;
    }
    return 0;
}

// "Từ năm 2025, các huyện ủy ... gửi ...", "Hằng quý, Sở X báo cáo ...": the
// subject after a short opening phrase of time, place or condition (it opens
// with a preposition or a time word) and its comma; a phrase with a verb is a
// clause of its own. (A sentence's first word is capitalized, so never marked a
// predicate: "Phối hợp với Báo X, Đài Y ..." must not pass for an adverbial.)
std::size_t SentenceRoles::after_fronted_adverbial(std::size_t b) const {
    if (b >= w_.size() || body_head_at(w_, b)) return b;
    static constexpr std::string_view kOpeners[] = {"từ",  "trong", "sau",  "trước", "đến",  "hằng",  "hàng",
                                                    "khi", "năm",   "tháng", "quý",  "định", "ngoài", "đối",
                                                    "tại", "trên",  "nhằm", "để",    "nếu"};
    // "Sau khi Kế hoạch được ban hành, ...", "Nếu có vướng mắc, ...": a subordinate
    // clause, verb and all, up to its comma. So is a time limit counted from an
    // event ("Trong thời hạn 10 ngày kể từ ngày ban hành Chỉ thị, ...", "Chậm
    // nhất 07 ngày làm việc sau khi đại hội kết thúc, ..."): the event has a verb.
    const bool time_limit = phrase_at(w_, b, "trong thời hạn") || phrase_at(w_, b, "trong vòng") ||
                            phrase_at(w_, b, "chậm nhất") || phrase_at(w_, b, "muộn nhất");
    if (!time_limit &&
        std::none_of(std::begin(kOpeners), std::end(kOpeners), [&](std::string_view o) { return w_[b].f == o; }))
        return b;
    const bool clause = phrase_at(w_, b, "khi") || phrase_at(w_, b + 1, "khi") || w_[b].f == "nếu" || w_[b].f == "để" ||
                        time_limit;
    // A subordinate clause may list things with commas of its own ("Khi xảy ra vụ
    // việc phức tạp, nhạy cảm ..., cấp ủy cơ sở báo cáo ..."): its subject is the
    // name after a comma that its verb follows.
    for (std::size_t k = b; k < w_.size() && k < b + (clause ? 20 : 8); ++k) {
        if (w_[k].predicate && !clause) return b;
        if (w_[k].punct == ',' && body_head_at(w_, k + 1) && (!clause || name_then_verb(k + 1))) return k + 1;
        if (w_[k].punct && (w_[k].punct != ',' || !clause)) return b;
    }
    return b;
}

bool SentenceRoles::name_then_verb(std::size_t k) const {
    std::size_t end = 0;
    return !name_list(w_, k, &end).empty() && end < w_.size() && !w_[end - 1].punct && w_[end].predicate;
}

}  // namespace vbtrack::roles
