#include "extractors/responsibility.hpp"

#include <algorithm>
#include <optional>

#include "extractors/responsibility_headings.hpp"
#include "extractors/responsibility_names.hpp"
#include "extractors/responsibility_words.hpp"
#include "extractors/sentences.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

using namespace roles;

class SentenceRoles {
public:
    // `words`: the sentence's words_of().
    SentenceRoles(const DocumentText& text, std::vector<Word> words, std::vector<std::string> subjects,
                  const RoleContext& context, const KnownNames& known)
        : s_(text.text()), w_(std::move(words)), subjects_(std::move(subjects)), context_(context) {
        while (lead_ < w_.size() && is_marker(w_[lead_])) ++lead_;
        mark_known_name_ends(w_, known);
    }

    std::vector<RoleAssignment> run() {
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
            else if (phrase_at(w_, i, "đề nghị") && (!clause_start(i) || !context_.narrative)) requested(i + 2);
            else if (phrase_at(w_, i, "yêu cầu") && !clause_start(i)) requested(i + 2);
        }
        subject_verb(lead_);
        // "X xây dựng ...; Tổ A và Tổ B tổ chức ...": a clause after ";" with a subject of its own.
        for (std::size_t k = lead_ + 1; k < w_.size(); ++k)
            if (w_[k - 1].punct == ';' && body_head_at(w_, k) && !names_before(k)) subject_verb(k);
        return std::move(out_);
    }

private:
    void add(std::string name, std::string role, TextSpan span, std::string rule) {
        if (name.empty()) return;
        for (const auto& r : out_)
            if (folded(r.name) == folded(name) && r.role == role) return;
        out_.push_back({std::move(name), std::move(role), span, std::move(rule)});
    }
    void add_range(NameRange r, const std::string& role, const std::string& rule) {
        // "đồng chí Ủy viên ...", "đ/c Trưởng ban ...": a person by office; the office is the name.
        r.begin = std::min(after_title(r.begin), r.end - 1);
        add(name_text(s_, w_, r.begin, r.end), role, {w_[r.begin].span.begin, w_[r.end - 1].span.end}, rule);
    }

    // Where the clause holding word i starts: after a marker, ';', a directive verb or "đồng thời".
    std::size_t clause_begin(std::size_t i) const {
        std::size_t b = i;
        while (b > 0) {
            const Word& prev = w_[b - 1];
            if (prev.punct == ';' || prev.punct == ':' || prev.punct == '.' || b <= lead_) break;
            // "chỉ đạo Y", "X lãnh đạo Y" (the verb after its subject): Y is the next clause's
            // subject; "tham mưu lãnh đạo Văn phòng ..." names the leaders of a body.
            bool directs =
                prev.f == "đạo" && b >= 2 && (w_[b - 2].f == "chỉ" || (w_[b - 2].f == "lãnh" && after_name(b - 2)));
            if ((prev.f == "giao" && clause_start(b - 1)) || prev.f == "thời" || prev.f == "nghị" || prev.f == "cầu" ||
                directs || (prev.f == "mưu" && b >= 2 && w_[b - 2].f == "tham"))
                break;
            --b;
        }
        return b;
    }
    // The verb, not a name's word: "Ban Chỉ đạo" inside a sentence is capitalized.
    bool verb_at(std::size_t i, std::string_view verb) const {
        return phrase_at(w_, i, verb) && (!w_[i].upper || i == lead_);
    }
    bool clause_start(std::size_t i) const {
        return i <= lead_ || w_[i - 1].punct == ';' || w_[i - 1].punct == '.' || w_[i - 1].punct == ':';
    }
    // "chủ trì" as a role is followed by ',' "phối hợp" or an action, not by the thing chaired.
    bool leads_action(std::size_t next) const {
        if (next >= w_.size()) return false;
        if (w_[next - 1].punct == ',') return true;
        return w_[next].predicate;
    }

    // "Trung tâm đã phối hợp với ...", "X đã chủ trì, phối hợp với ...": a clause told
    // in the past reports what was done and assigns nothing. The tense word stands
    // between the subject and its first verb, or right before the verb at i (not in
    // an opening phrase, "Trên cơ sở kết quả đã đạt được, X chủ trì ...", nor in an
    // object, "X rà soát các dự án đã hoàn thành, phối hợp với ...").
    bool told_in_past(std::size_t i) const {
        auto past = [&](std::size_t k) { return w_[k].f == "đã" || w_[k].f == "từng"; };
        for (std::size_t k = i; k > 0 && k + 3 >= i && !w_[k - 1].punct; --k)
            if (past(k - 1)) return true;
        for (std::size_t k = after_fronted_adverbial(clause_begin(i)); k < i && !w_[k].predicate; ++k)
            if (past(k)) return true;
        return false;
    }
    // Whether a body's name ends right before word k ("Đảng ủy Quân sự thị xã | lãnh
    // đạo"), not a verb ("Tham mưu | lãnh đạo Văn phòng ...").
    bool after_name(std::size_t k) const {
        if (k <= lead_ || w_[k].upper) return false;
        std::size_t b = k;
        while (b > lead_ && !w_[b - 1].punct && w_[b - 1].f != "giao") --b;
        for (std::size_t s = b; s < k; ++s)
            if (body_head_at(w_, s) && is_name_span(w_, s, k)) return true;
        return false;
    }
    // "đồng chí Trưởng ban ...", "đ/c Chủ tịch ...": the office after a comrade's title.
    std::size_t after_title(std::size_t b) const {
        std::size_t title = phrase_at(w_, b, "đồng chí") ? 2 : b < w_.size() && w_[b].f == "đ/c" ? 1 : 0;
        return title && b + title < w_.size() && w_[b + title].upper && !w_[b + title - 1].punct ? b + title : b;
    }

    // The body before word i in its clause; the heading's body when there is none.
    std::string assign_subject(std::size_t i, const std::string& role, const std::string& rule) {
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
    std::string remember(std::string name) {
        if (sentence_subject_.empty()) sentence_subject_ = name;
        return name;
    }
    // "Các đồng chí Đảng ủy viên được phân công phụ trách chi bộ có trách nhiệm ...":
    // before "có/chịu trách nhiệm", which only a subject precedes, a passive
    // participle with its complement qualifies one name.
    // A plural level's list of levels may come before it ("Phòng X các huyện, thị xã
    // được kiểm tra có trách nhiệm ...").
    bool qualified_by_participle(std::size_t b, std::size_t e, std::size_t verb) const {
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
    void partners(std::size_t i) {
        if (told_in_past(i)) return;
        for (auto r : name_list(w_, i + 3, &partners_end_)) add_range(r, "phối hợp", "role.phoi_hop_voi");
        // "Y phối hợp với X làm ...": with no lead named, Y works together with X, and
        // both take part, as the official gold records it (not when "chủ trì, phối hợp").
        bool after_lead = i >= 2 && w_[i - 1].f == "trì" && w_[i - 2].f == "chủ";
        if (!after_lead) assign_subject(i, "phối hợp", "role.phoi_hop");
    }
    // The words of a monitoring verb at i (0: none): "theo dõi", "đôn đốc", "giám
    // sát" and "kiểm tra, giám sát" ("kiểm tra" alone is a task of its own).
    std::size_t monitoring_verb(std::size_t i) const {
        if (i + 1 >= w_.size() || !(w_[i].predicate || clause_start(i))) return 0;
        if (phrase_at(w_, i, "theo dõi") || phrase_at(w_, i, "đôn đốc") || phrase_at(w_, i, "giám sát")) return 2;
        if (phrase_at(w_, i, "kiểm tra") && w_[i + 1].punct == ',' && i + 3 < w_.size() && phrase_at(w_, i + 2, "giám sát"))
            return 4;
        return 0;
    }
    // "- Chỉ đạo Ủy ban nhân dân các xã rà soát ...": the bodies directed carry it
    // out, unless their own clause gives them a role ("Chỉ đạo Sở X chủ trì, ...").
    void directed(std::size_t k, const std::string& rule) {
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
    void given(std::size_t b, const std::string& rule) {
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
    // A task other than monitoring in a clause after ";" from word k on: a report
    // included ("...; định kỳ hằng tháng báo cáo ...").
    bool task_after_clause(std::size_t k) const {
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
    std::size_t scope_end(std::size_t k) const {
        constexpr std::size_t kMaxScopeWords = 6;
        const std::size_t from = k;
        if (phrase_at(w_, k, "được phân công")) k += 3;
        if (phrase_at(w_, k, "phụ trách")) k += 2;
        if (k == from || k >= w_.size() || w_[k - 1].punct) return 0;
        for (std::size_t e = k + 1; e < w_.size() && e <= k + kMaxScopeWords && !w_[e - 1].punct; ++e)
            if (w_[e].predicate) return e;
        return 0;
    }
    // A clause without a subject: after ";" the sentence's own subject ("X có trách
    // nhiệm ...; theo dõi, đôn đốc ..."), else the heading's.
    void heading_role(const std::string& role, std::size_t i) {
        if (!sentence_subject_.empty() && i > lead_ && w_[i - 1].punct == ';')
            add(sentence_subject_, role, w_[i].span, "role.theo_doi.sentence");
        else
            for (const std::string& subject : subjects_) add(subject, role, w_[i].span, "role.theo_doi.heading");
    }
    // With a lead in the sentence, the lead monitors when the verb follows it or its
    // partners ("X chủ trì, phối hợp với Y theo dõi ..."), not in a noun phrase
    // ("chương trình kiểm tra, giám sát").
    void monitor(std::size_t i, const std::optional<std::string>& lead) {
        if (!lead || lead->empty()) {
            assign_subject(i, "theo dõi", "role.theo_doi");
            return;
        }
        bool after_lead = i >= 2 && (phrase_at(w_, i - 2, "chủ trì") || phrase_at(w_, i - 2, "phối hợp"));
        if (after_lead || i == partners_end_) add(*lead, "theo dõi", w_[i].span, "role.theo_doi.lead");
    }
    // "tham mưu X chỉ đạo ...": X is advised to direct, and gives no one a task yet.
    bool advised(std::size_t b) const { return b >= 2 && phrase_at(w_, b - 2, "tham mưu"); }
    // "X lãnh đạo, chỉ đạo Y ...", "X chỉ đạo Y tổ chức ...": both carry it out;
    // "X chỉ đạo Y chủ trì, phối hợp với Z": Y's role is the one its clause gives.
    void leads_other(std::size_t i) {
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
    void directed_objects(std::size_t i) {
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
    void requested(std::size_t b) {
        // "theo yêu cầu của ...", "đề nghị của ...": the noun, not a request to someone.
        // "khi có yêu cầu; ...": nothing asked of anyone before the punctuation.
        if (b >= w_.size() || w_[b].f == "của" || (b >= 3 && w_[b - 3].f == "theo") || w_[b - 1].punct) return;
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
    // Whether the part before the ";" at word k - 1 ends with a list of names ("Căn cứ
    // đề xuất của các Sở, ban, ngành; UBND các huyện ..."): the ";" goes on with the
    // list, it opens no clause.
    bool names_before(std::size_t k) const {
        for (std::size_t h = k; h-- > lead_ && k - h <= kMaxNameWords * 2;) {
            if (h + 1 < k && w_[h].punct == ';') break;  // the part before ends there
            std::size_t end = 0;
            if (body_head_at(w_, h) && !name_list(w_, h, &end).empty() && end == k) return true;
        }
        return false;
    }
    // "1. Phòng Tài chính ... căn cứ ...", "- Thường trực HĐND xã thông báo ...",
    // "Trung tâm Y tế huyện cập nhật ...", "Các sở, ban, ngành; Ủy ban nhân dân các
    // huyện rà soát ...": a sentence (or its clause from word b) whose subject is a
    // body (or bodies, listed with "," or ";") and whose verb follows.
    void subject_verb(std::size_t b) {
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
    // After "là" at word k, the first predicate that opens a part of its clause after
    // a comma (0: none).
    std::size_t verb_after_apposition(std::size_t k) const {
        if (k >= w_.size() || w_[k].f != "là") return 0;
        for (; k + 1 < w_.size(); ++k) {
            if (w_[k].punct == ';' || w_[k].punct == '.' || w_[k].punct == ':') return 0;
            if (w_[k].punct == ',' && listed_predicate(w_, k + 1)) return k + 1;
        }
        return 0;
    }
    // The issuer, its term left out: "Ban Chấp hành Đảng bộ xã X khóa XIV, nhiệm kỳ
    // 2020 - 2025 ban hành ..." is the issuer's own voice.
    bool is_issuer(NameRange r) const {
        if (!context_.is_issuer) return false;
        for (std::size_t k = r.begin + 1; k < r.end; ++k)
            if (w_[k].f == "khóa" || w_[k].f == "nhiệm") {
                r.end = k;
                break;
            }
        return context_.is_issuer(name_text(s_, w_, r.begin, r.end));
    }
    // "Từ năm 2025, các huyện ủy ... gửi ...", "Hằng quý, Sở X báo cáo ...": the
    // subject after a short opening phrase of time, place or condition (it opens
    // with a preposition or a time word) and its comma; a phrase with a verb is a
    // clause of its own. (A sentence's first word is capitalized, so never marked a
    // predicate: "Phối hợp với Báo X, Đài Y ..." must not pass for an adverbial.)
    std::size_t after_fronted_adverbial(std::size_t b) const {
        if (b >= w_.size() || body_head_at(w_, b)) return b;
        static constexpr std::string_view kOpeners[] = {"từ",  "trong", "sau",  "trước", "đến",  "hằng",  "hàng",
                                                        "khi", "năm",   "tháng", "quý",  "định", "ngoài", "đối",
                                                        "tại", "trên",  "nhằm", "để",    "nếu"};
        if (std::none_of(std::begin(kOpeners), std::end(kOpeners), [&](std::string_view o) { return w_[b].f == o; }))
            return b;
        // "Sau khi Kế hoạch được ban hành, ...", "Nếu có vướng mắc, ...": a subordinate
        // clause, verb and all, up to its comma.
        const bool clause =
            phrase_at(w_, b, "khi") || phrase_at(w_, b + 1, "khi") || w_[b].f == "nếu" || w_[b].f == "để";
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
    bool name_then_verb(std::size_t k) const {
        std::size_t end = 0;
        return !name_list(w_, k, &end).empty() && end < w_.size() && !w_[end - 1].punct && w_[end].predicate;
    }
    // "... ; các ông, bà có tên tại Điều 1 và các tổ chức, cá nhân có liên quan
    // chịu trách nhiệm thi hành Quyết định này": everyone before it executes.
    void execution_clause() {
        std::size_t at = w_.size();
        for (std::size_t i = 0; i < w_.size(); ++i)
            if (phrase_at(w_, i, "chịu trách nhiệm thi hành")) at = i;
        if (at == w_.size()) return;
        std::size_t b = lead_;
        if (b + 1 < at && w_[b].f == "điều" && w_[b + 1].punct == '.') b += 2;  // "Điều 3. ..."
        while (b < at) {
            std::size_t e = b;
            while (e < at && w_[e].punct != ';') ++e;
            std::size_t end = std::min(e + 1, at);
            execution_part(b, end);
            b = end;
        }
    }
    void execution_part(std::size_t b, std::size_t e) {
        // "Giám đốc các sở: Kế hoạch và Đầu tư, Tài chính" -> "Giám đốc Sở Kế hoạch và Đầu tư", ...
        for (std::size_t k = b; k + 1 < e; ++k) {
            if (w_[k].f == "các" && w_[k + 1].f == "sở" && w_[k + 1].punct == ':') {
                std::string office = name_text(s_, w_, b, k);
                std::size_t start = k + 2;
                for (std::size_t i = start; i < e; ++i) {
                    if (w_[i].punct == ',' || w_[i].punct == ';' || i + 1 == e) {
                        std::string dept = collapse_spaces(std::string_view(s_).substr(
                            w_[start].span.begin, w_[i].span.end - w_[start].span.begin));
                        add(office + " Sở " + dept, "thực hiện", {w_[start].span.begin, w_[i].span.end},
                            "role.execution_clause");
                        start = i + 1;
                    }
                }
                return;
            }
        }
        // "Công chức: Văn hóa - Xã hội, Tài chính - Kế toán" -> "Công chức Văn hóa - Xã hội", ...
        // (an office of one or two words before the colon, shared by every item).
        for (std::size_t k = b; k < e && k < b + 2; ++k) {
            if (w_[k].f == "các") break;
            if (w_[k].punct != ':') continue;
            if (!body_head_at(w_, b) || k + 1 >= e) break;
            const std::string office = name_text(s_, w_, b, k + 1);
            for (std::size_t start = k + 1, i = start; i < e; ++i) {
                if (w_[i].punct != ',' && w_[i].punct != ';' && i + 1 != e) continue;
                add(office + " " + name_text(s_, w_, start, i + 1), "thực hiện", {w_[start].span.begin, w_[i].span.end},
                    "role.execution_clause");
                start = i + 1;
            }
            return;
        }
        // Items split at "và các" and at a comma before a capital or "các"; "có dự án ..." qualifiers end a name.
        // After "các huyện:" the places are the item's own, up to the next body's head.
        std::size_t start = b;
        bool places = false;
        for (std::size_t i = b; i < e; ++i) {
            bool split_va = w_[i].f == "và" && i + 1 < e && w_[i + 1].f == "các";
            bool last = i + 1 == e;
            if (w_[i].punct == ':' && i > start && level_noun(w_[i]) && w_[i - 1].f == "các") places = true;
            bool next_body = i + 1 < e && (w_[i + 1].f == "các" || body_head_at(w_, i + 1));
            bool split_comma = w_[i].punct == ',' && i + 1 < e && (places ? next_body : w_[i + 1].upper || w_[i + 1].f == "các");
            if (!(split_va || last || split_comma)) continue;
            std::size_t end = split_va ? i : i + 1;
            for (std::size_t k = start + 1; k < end; ++k)
                if (w_[k].f == "có" && k + 1 < end && (w_[k + 1].f == "dự" || w_[k + 1].f == "liên")) {
                    if (w_[k + 1].f == "dự") end = k;
                    break;
                }
            if (end > start) add_range({start, end}, "thực hiện", "role.execution_clause");
            start = split_va ? i + 1 : i + 1;
            places = false;
        }
    }

    const std::string& s_;
    std::vector<Word> w_;
    std::vector<std::string> subjects_;  // the bodies a heading above names, for a clause without a subject
    const RoleContext& context_;
    std::size_t lead_ = 0;  // list markers ("-", "2.1.", "a)") opening the sentence
    std::string sentence_subject_;  // the first body a clause of this sentence gave a role
    std::size_t partners_end_ = 0;  // the word after the last "phối hợp với" list
    std::vector<RoleAssignment> out_;
};

}  // namespace

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
