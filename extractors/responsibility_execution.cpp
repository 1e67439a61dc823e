#include "extractors/responsibility_sentence.hpp"

#include <algorithm>

#include "extractors/vietnamese.hpp"

namespace vbtrack::roles {

// "... ; các ông, bà có tên tại Điều 1 và các tổ chức, cá nhân có liên quan
// chịu trách nhiệm thi hành Quyết định này": everyone before it executes.
void SentenceRoles::execution_clause() {
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

void SentenceRoles::execution_part(std::size_t b, std::size_t e) {
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

}  // namespace vbtrack::roles
