#include "pipeline/ocr/document_json.hpp"

namespace vbtrack {

// nlohmann's ADL hooks, for the types a Document is made of.
void to_json(nlohmann::json& j, const Box& b) { j = {b.left, b.top, b.right, b.bottom}; }
void from_json(const nlohmann::json& j, Box& b) {
    b = {j.at(0).get<int>(), j.at(1).get<int>(), j.at(2).get<int>(), j.at(3).get<int>()};
}

void to_json(nlohmann::json& j, const TextRun& r) { j = {r.text, r.font, r.bold, r.italic}; }
void from_json(const nlohmann::json& j, TextRun& r) {
    r = {j.at(0).get<std::string>(), j.at(1).get<std::string>(), j.at(2).get<bool>(), j.at(3).get<bool>()};
}

void to_json(nlohmann::json& j, const CellPosition& c) { j = {c.table, c.row, c.column}; }
void from_json(const nlohmann::json& j, CellPosition& c) { c = {j.at(0).get<int>(), j.at(1).get<int>(), j.at(2).get<int>()}; }

void to_json(nlohmann::json& j, const OcrWord& w) { j = {w.text, w.box, w.confidence}; }
void from_json(const nlohmann::json& j, OcrWord& w) {
    w = {j.at(0).get<std::string>(), j.at(1).get<Box>(), j.at(2).get<double>()};
}

void to_json(nlohmann::json& j, const Paragraph& p) {
    j = {{"runs", p.runs},   {"raw_text", p.raw_text}, {"text", p.text},     {"page", p.page},
         {"align", p.align}, {"bold", p.bold},         {"italic", p.italic}, {"source", p.source},
         {"confidence", p.confidence}, {"words", p.words}};
    if (p.cell) j["cell"] = *p.cell;
    if (p.box) j["box"] = *p.box;
}
void from_json(const nlohmann::json& j, Paragraph& p) {
    j.at("runs").get_to(p.runs);
    j.at("raw_text").get_to(p.raw_text);
    j.at("text").get_to(p.text);
    j.at("page").get_to(p.page);
    j.at("align").get_to(p.align);
    j.at("bold").get_to(p.bold);
    j.at("italic").get_to(p.italic);
    j.at("source").get_to(p.source);
    j.at("confidence").get_to(p.confidence);
    j.at("words").get_to(p.words);
    if (j.contains("cell")) p.cell = j["cell"].get<CellPosition>();
    if (j.contains("box")) p.box = j["box"].get<Box>();
}

void to_json(nlohmann::json& j, const Page& p) {
    j = {{"number", p.number}, {"source", p.source}, {"needs_ocr", p.needs_ocr}, {"ocr_decision", p.ocr_decision},
         {"ocr_confidence", p.ocr_confidence}};
}
void from_json(const nlohmann::json& j, Page& p) {
    j.at("number").get_to(p.number);
    j.at("source").get_to(p.source);
    j.at("needs_ocr").get_to(p.needs_ocr);
    j.at("ocr_decision").get_to(p.ocr_decision);
    j.at("ocr_confidence").get_to(p.ocr_confidence);
}

}  // namespace vbtrack

namespace vbtrack::ocr {

nlohmann::json source_to_json(const SourceInfo& s) { return {s.path, s.sha256, s.size, s.format}; }

SourceInfo source_from_json(const nlohmann::json& s) {
    return {s.at(0).get<std::string>(), s.at(1).get<std::string>(), s.at(2).get<std::uintmax_t>(), s.at(3).get<Format>()};
}

nlohmann::json document_to_json(const Document& d) {
    return {{"source", source_to_json(d.source)},
            {"pages", d.pages},
            {"paragraphs", d.paragraphs},
            {"quality", {d.quality.ocr_confidence, d.quality.repaired_syllables, d.quality.unknown_syllables,
                         d.quality.encoding}}};
}

Document document_from_json(const nlohmann::json& j) {
    Document d;
    d.source = source_from_json(j.at("source"));
    j.at("pages").get_to(d.pages);
    j.at("paragraphs").get_to(d.paragraphs);
    const auto& q = j.at("quality");
    d.quality = {q.at(0).get<double>(), q.at(1).get<int>(), q.at(2).get<int>(), q.at(3).get<std::string>()};
    return d;
}

}  // namespace vbtrack::ocr
