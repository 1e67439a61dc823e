#include "extractors/deadlines/lead_words.hpp"

namespace vbtrack::deadlines {

std::optional<Lead> read_lead(TokenCursor& c) {
    std::size_t start = c.pos();
    if (c.approx_word("truoc")) return Lead::before;
    if (c.approx_word("cham") && c.approx_word("nhat")) {
        c.word("la");  // "chậm nhất là", "chậm nhất vào ngày", "chậm nhất đến hết ngày"
        if (!c.word("vao") && c.word("den")) c.word("het");
        return Lead::latest;
    }
    c.seek(start);
    if (c.words({"khong", "qua"}) || c.words({"khong", "muon", "hon"})) return Lead::latest;
    if (c.word("trong")) {
        if (!c.words({"thoi", "han"}) && !c.words({"thoi", "gian"})) c.word("vong");
        c.mark(':');
        return Lead::within;
    }
    if (c.word("sau")) return Lead::after;
    if (c.word("vao")) return Lead::on;
    if (c.words({"han", "chot"}) || c.words({"han", "cuoi"})) {
        c.mark(':');
        return Lead::label;
    }
    if (c.words({"thoi", "han"}) || c.words({"thoi", "gian"})) {  // a label: "Thời gian thực hiện: Quý III/2024"
        if (!c.words({"hoan", "thanh"})) c.words({"thuc", "hien"});
        if (c.mark(':')) return Lead::label;
    }
    c.seek(start);
    return std::nullopt;
}

}  // namespace vbtrack::deadlines
