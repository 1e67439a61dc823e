#include "extractors/responsibility_heads.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extractors/body_heads.hpp"
#include "extractors/responsibility_predicates.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack::roles {

namespace {

// Whether a head could start with this syllable: most words cannot, and names
// are looked for at every word of every sentence, so they are turned away before
// the heads are compared one by one.
bool may_open_head(const std::string& syllable) {
    static const auto first_syllables = [] {
        std::unordered_set<std::string_view> out{"lãnh"};  // "lãnh đạo" + a head
        for (const BodyHead& h : body_heads())
            if (h.in_sentence != BodyHead::InSentence::no) out.insert(h.name.substr(0, h.name.find(' ')));
        return out;
    }();
    return first_syllables.contains(syllable);
}

// Heads that name a kind of body, not one body: "Ủy ban", "Đoàn", "Tổ" need the
// word after them ("Ủy ban kiểm tra ...", "Đoàn giám sát", "Tổ công tác"), so that
// word is part of the name even when it is also a verb.
constexpr std::string_view kHeadsNeedingSpecifier[] = {
    "ủy ban",  "hội đồng", "sở",   "phòng", "ban",   "cục",   "chi cục",    "tổng cục", "trung tâm", "đội",
    "tổ",      "viện",     "đoàn", "hội",   "công ty", "ngân hàng", "bệnh viện", "trạm", "kho bạc", "mặt trận",
    "báo",     "đài",      "đồn",  "trường", "quỹ",  "chi nhánh", "hạt",    "liên đoàn"};



// Whether a head that opens a name only when capitalized does at word i: not
// "Báo cáo", "Trường hợp" opening a sentence; "Cơ sở Hội các xã", "Cơ sở Đoàn"
// are the grassroots units of a named body, "Cơ sở dữ liệu" is none.
bool capitalized_head_at(const std::vector<Word>& w, std::size_t i) {
    if (!w[i].upper || phrase_at(w, i, "báo cáo") || phrase_at(w, i, "trường hợp") || phrase_at(w, i, "khoa học"))
        return false;
    return !phrase_at(w, i, "cơ sở") || (i + 2 < w.size() && w[i + 2].upper && !w[i + 1].punct);
}

// Meetings and members, not bodies: "Hội nghị Ban Chấp hành", "hội viên".
bool meeting_or_member_at(const std::vector<Word>& w, std::size_t i) {
    for (std::string_view not_body : {"hội nghị", "hội thảo", "hội thi", "hội viên", "đoàn viên"})
        if (phrase_at(w, i, not_body)) return true;
    return false;
}

// A body's head at word i, capitalized or not ("các trường", "các Ban"), but not
// "báo cáo", "trường hợp" (what "Báo", "Trường" open in lower case).
bool any_case_head_at(const std::vector<Word>& w, std::size_t i) {
    if (i >= w.size() || !may_open_head(w[i].f) || phrase_at(w, i, "báo cáo") || phrase_at(w, i, "trường hợp") ||
        phrase_at(w, i, "tổ chức") || meeting_or_member_at(w, i))
        return false;
    return std::any_of(body_heads().begin(), body_heads().end(), [&](const BodyHead& h) {
        return h.name != "các" && h.in_sentence != BodyHead::InSentence::no && phrase_at(w, i, h.name);
    });
}

// After "các": a body's head or a noun of bodies, persons or places, also as the
// first kind of a list typed without its space ("các phòng,ban").
bool plural_names_doers(const std::vector<Word>& w, std::size_t i) {
    if (i >= w.size()) return false;
    if (any_case_head_at(w, i) || collective_noun_at(w, i)) return true;
    const std::size_t comma = w[i].f.find(',');
    if (comma == std::string::npos || comma == 0) return false;
    std::vector<Word> first{w[i]};
    first[0].f.resize(comma);
    return any_case_head_at(first, 0) || collective_noun_at(first, 0);
}


}  // namespace

void keep_specifiers(std::vector<Word>& w) {
    for (std::size_t h = 0; h + 1 < w.size(); ++h) {
        // A head opens a name when capitalized, after "các" ("các đoàn kiểm tra") or at
        // a clause's start ("...; ủy ban kiểm tra đảng ủy cơ sở giám sát ..."), and not
        // inside another name ("Văn phòng Ban xây dựng ...": "Ban" is the specifier;
        // "Ban Quản lý Quỹ báo cáo ...": "Quỹ" follows a capitalized word of two syllables).
        bool opens = w[h].upper || (h > 0 && (w[h - 1].f == "các" || w[h - 1].f == "những" || w[h - 1].punct == ';'));
        bool second_syllable_before = h > 1 && !w[h - 2].punct && w[h - 2].upper;
        bool inside = h > 0 && !w[h - 1].punct && (w[h - 1].upper || second_syllable_before || head_ends_before(w, h));
        if (!opens || inside || w[h].predicate || !may_open_head(w[h].f)) continue;
        for (std::string_view head : kHeadsNeedingSpecifier) {
            std::size_t n = word_count(head);
            if (!phrase_at(w, h, head) || head_length(w, h) != n || h + n >= w.size() || w[h + n - 1].punct) continue;
            Word& next = w[h + n];
            // "Đoàn kiểm tra", "Tổ công tác" in lower case; not "Sở đã tiếp thu", "Kho bạc chỉ thanh toán".
            if (!next.upper && !never_in_name(w, h + n)) next.predicate = next.stop = false;
            break;
        }
    }
}

// "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "Phòng Văn hóa -
// Thông tin huyện": the field a spaced hyphen joins to a name runs to the level
// that closes the name, and a word there that is also a verb ("thường xuyên") is
// part of it.
void keep_hyphenated_fields(std::vector<Word>& w) {
    constexpr std::size_t kMaxFieldWords = 6, kMaxNameBefore = 8;
    for (std::size_t h = 1; h + 2 < w.size(); ++h) {
        if ((w[h].f != "-" && w[h].f != "–") || w[h - 1].punct || !w[h + 1].upper) continue;
        std::size_t head = h;
        while (head > 0 && head + kMaxNameBefore > h && !w[head - 1].punct && !body_head_at(w, head - 1)) --head;
        if (head == 0 || w[head - 1].punct || !body_head_at(w, head - 1)) continue;
        std::size_t j = h + 1;
        // Not past a plural: "Ban Tuyên truyền - Thi đua hướng dẫn các huyện": that level is the verb's object.
        while (j < w.size() && j <= h + kMaxFieldWords && !w[j - 1].punct && !level_noun(w[j]) && w[j].f != "các" &&
               w[j].f != "những")
            ++j;
        if (j >= w.size() || !level_noun(w[j]) || w[j - 1].punct) continue;
        for (std::size_t k = h + 2; k < j; ++k) w[k].predicate = w[k].stop = false;
    }
}

// "các cơ quan tham mưu, giúp việc Huyện ủy": the advisory and support organs of a
// party committee, a fixed phrase of party organisation with a comma inside; after
// a body's head it specifies the head, it is not two verbs.
void keep_advisory_organs(std::vector<Word>& w) {
    for (std::size_t k = 1; k + 3 < w.size(); ++k) {
        if (w[k - 1].punct || !phrase_at(w, k, "tham mưu") || w[k + 1].punct != ',' || !phrase_at(w, k + 2, "giúp việc") ||
            !head_ends_before(w, k))
            continue;
        for (std::size_t j = k; j < k + 4; ++j) w[j].predicate = w[j].stop = false;
    }
}

// The police's units are named by field, and three fields name their subject
// with "về" (Bộ Công an's units in every province and district: "quản lý hành
// chính về trật tự xã hội", "điều tra tội phạm về ma túy / về kinh tế / về trật
// tự xã hội", "phòng chống tội phạm về môi trường"). There "về" and the field's
// words, which would pass for a preposition and verbs, are the name's; the
// subject after "về" runs on as a name's lower-case words do.
void keep_police_fields(std::vector<Word>& w) {
    constexpr std::string_view kFieldsBeforeVe[] = {"cảnh sát quản lý hành chính", "cảnh sát điều tra tội phạm",
                                                    "cảnh sát phòng chống tội phạm"};
    for (std::size_t k = 1; k < w.size(); ++k) {
        if (w[k].f != "về" || w[k - 1].punct) continue;
        for (std::string_view words : kFieldsBeforeVe) {
            const std::size_t n = word_count(words);
            if (k < n || !w[k - n].upper || !phrase_at(w, k - n, words)) continue;
            for (std::size_t j = k - n + 1; j <= k; ++j) w[j].predicate = w[j].stop = false;
        }
    }
}

// The number of words of the body head starting at word i (0: none).
std::size_t head_length(const std::vector<Word>& w, std::size_t i) {
    if (i >= w.size() || !may_open_head(w[i].f)) return 0;
    if (phrase_at(w, i, "tổ chức")) return 0;  // "Tổ chức thực hiện": the activity, not a team
    if (phrase_at(w, i, "phòng") && w[i].punct == ',') return 0;  // "Phòng, chống thiên tai": prevention
    if (meeting_or_member_at(w, i)) return 0;
    // "Lãnh đạo Văn phòng", "Lãnh đạo các sở": the leaders of a body; "Lãnh đạo phát triển ...": the verb.
    if (phrase_at(w, i, "lãnh đạo")) return head_length(w, i + 2) ? 2 : 0;
    // "Các sở", "các đơn vị", "các xã": a plural names doers only before a body's
    // head (in either case) or a noun of a kind of body, person or place.
    if (w[i].f == "các") return !w[i].punct && plural_names_doers(w, i + 1) ? 1 : 0;
    for (const BodyHead& h : body_heads()) {
        if (h.in_sentence == BodyHead::InSentence::no || (h.in_sentence == BodyHead::InSentence::capitalized && !w[i].upper) ||
            !phrase_at(w, i, h.name))
            continue;
        if (h.in_sentence == BodyHead::InSentence::any_case || capitalized_head_at(w, i)) return word_count(h.name);
    }
    return 0;
}

bool body_head_at(const std::vector<Word>& w, std::size_t i) { return head_length(w, i) > 0; }

bool head_ends_before(const std::vector<Word>& w, std::size_t i) {
    for (std::size_t k = 1; k <= 3 && k <= i; ++k)
        if (head_length(w, i - k) == k) return true;
    return false;
}

}  // namespace vbtrack::roles
