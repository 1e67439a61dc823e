#include "extractors/extract.hpp"

#include "extractors/dates.hpp"
#include "extractors/deadlines/deadlines.hpp"
#include "extractors/issuer.hpp"
#include "extractors/layout.hpp"
#include "extractors/number_symbol.hpp"
#include "extractors/official_names.hpp"
#include "extractors/recipients.hpp"
#include "extractors/references.hpp"
#include "extractors/responsibility.hpp"
#include "extractors/signature.hpp"
#include "extractors/text_view.hpp"
#include "extractors/type_table.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {
namespace {

class EvidenceWriter {
public:
    EvidenceWriter(const DocumentText& text, Record& record) : text_(text), record_(record) {}

    template <class T>
    void add(const std::string& field, const Finding<T>& found) {
        add(field, found.span, found.confidence, found.rule);
    }
    void add(const std::string& field, TextSpan span, double confidence, const std::string& rule) {
        Evidence e;
        e.page = text_.page_at(span.begin);
        e.span_begin = span.begin;
        e.span_end = span.end;
        // Where the characters came from: repaired text is what a reviewer should check first.
        e.source = text_.repaired_at(span) ? "repaired" : text_.source_at(span) == TextSource::ocr ? "ocr" : "text-layer";
        e.confidence = confidence * text_.confidence_at(span);
        e.rule = rule;
        record_.evidence[field] = e;
    }

private:
    const DocumentText& text_;
    Record& record_;
};

void fill_regime_and_type(const DocumentText& text, const Layout& layout, const std::optional<Authority>& authority,
                          Record& record, EvidenceWriter& evidence) {
    std::optional<SymbolParts> parts;
    if (layout.number) parts = split_number_symbol(layout.number->value);
    // The motto says it; failing that the number form (158-KH/TU) or the signature markers (T/M).
    if (!layout.regime.empty()) {
        record.regime = layout.regime;
        evidence.add("regime", *layout.motto, 1.0, "regime.motto");
    } else if (parts) {
        record.regime = parts->party_form ? "party" : "state";
        evidence.add("regime", layout.number->span, 0.7, "regime.number_form");
    } else if (authority) {
        record.regime = authority->marker.find('/') != std::string::npos ? "party" : "state";
        evidence.add("regime", layout.signature_lines.front(), 0.6, "regime.signature_marker");
    }
    const bool party = record.regime == "party";
    std::optional<DocType> from_line;
    if (layout.type_line) from_line = doc_type_for_name(text.line_text(*layout.type_line));
    std::optional<DocType> from_code;
    if (parts && !parts->type_code.empty()) from_code = doc_type_for_code(parts->type_code, party);
    if (from_line && from_code && from_line->name == from_code->name) from_line = from_code;  // QĐi vs QyĐ
    if (from_line) {
        record.doc_type = from_line->code;
        record.doc_type_name = from_line->name;
        evidence.add("doc_type", text.lines()[*layout.type_line].span, from_code ? 1.0 : 0.9, "doc_type.type_line");
    } else if (from_code) {
        record.doc_type = from_code->code;
        record.doc_type_name = from_code->name;
        evidence.add("doc_type", layout.number->span, 0.9, "doc_type.number_symbol");
    } else if (!layout.title_lines.empty() && !layout.type_line) {
        // No type name and a "V/v" title (or a symbol without a type): a công văn.
        record.doc_type = kCongVan.code;
        record.doc_type_name = kCongVan.name;
        evidence.add("doc_type", text.lines()[layout.title_lines.front()].span, 0.9, "doc_type.cong_van");
    }
}

void fill_number_place_date(const DocumentText& text, const Layout& layout, Record& record, EvidenceWriter& evidence) {
    if (layout.number) {
        record.number_symbol = layout.number->value;
        evidence.add("number_symbol", *layout.number);
    }
    if (!layout.place_date) return;
    std::string_view segment = text.slice(*layout.place_date);
    auto date = find_date(segment, 0, layout.place_date->begin);
    if (!date) return;
    record.issued_date = date->value.iso();
    evidence.add("issued_date", date->span, 1.0, "issued_date.header." + date->rule);
    // A place name starts with a letter: what OCR puts before it ("——_ Cà Mau") is a rule or a speck.
    std::string_view before_date = text.slice({layout.place_date->begin, date->span.begin});
    std::size_t lead = 0;
    for (std::size_t next = 0; next < before_date.size(); lead = next)
        if (is_letter(utf8::next(before_date, next))) break;
    std::string place = collapse_spaces(before_date.substr(lead));
    while (!place.empty() && (place.back() == ',' || place.back() == ' ')) place.pop_back();
    if (!place.empty() && place.size() < 60) {
        record.place = place;
        const std::size_t begin = layout.place_date->begin + lead;
        evidence.add("place", TextSpan{begin, begin + place.size()}, 0.95, "place.header");
    }
}

// What OCR adds around the lines of a trích yếu ("__ về tiến độ ...", "... năm 2024 -"):
// no title line starts or ends with these, and no title ends with a dash or a colon.
constexpr std::string_view kTitleSpecks = " _|\"`~";

std::string_view without(std::string_view line, std::string_view marks) {
    std::size_t begin = line.find_first_not_of(marks);
    if (begin == std::string_view::npos) return {};
    return line.substr(begin, line.find_last_not_of(marks) - begin + 1);
}

void fill_title(const DocumentText& text, const Layout& layout, Record& record, EvidenceWriter& evidence) {
    if (layout.title_lines.empty()) return;
    std::string title;
    for (std::size_t line : layout.title_lines) {
        title += without(text.line_text(line), kTitleSpecks);
        title += ' ';
    }
    std::string_view cleaned = without(title, " _|\"`~-:");
    record.title = capitalize_first(collapse_spaces(cleaned));
    evidence.add("title", text.lines_span(layout.title_lines.front(), layout.title_lines.back()), 0.9, "title.after_type_line");
}

class RuleFieldExtractor final : public FieldExtractor {
public:
    void extract(const Document& document, Record& record) const override {
        const DocumentText text(document);
        EvidenceWriter evidence(text, record);
        const Layout layout = find_layout(text);

        auto signature = find_signature(text, layout);
        std::optional<Authority> authority = signature ? signature->authority : std::nullopt;
        if (signature) {
            record.signer = signature->signer.value;
            evidence.add("signer", signature->signer);
        }
        fill_regime_and_type(text, layout, authority, record, evidence);
        fill_number_place_date(text, layout, record, evidence);
        fill_title(text, layout, record, evidence);

        Localities localities;
        if (auto issuer = find_issuer(text, layout, authority, record.signer ? record.signer->position : std::string(),
                                      record.doc_type)) {
            record.issuer = issuer->issuer.value;
            record.issuer_lines = issuer->issuer_lines;
            localities = issuer->localities;
            evidence.add("issuer", issuer->issuer);
        }
        // Citations may sit in the title ("Thực hiện Kết luận số ...") as well as the body.
        std::size_t cited_from = layout.title_lines.empty() ? layout.body_begin : layout.title_lines.front();
        TextSpan cited{text.lines().empty() ? 0 : text.lines()[std::min(cited_from, text.line_count() - 1)].span.begin,
                       layout.body_end < text.line_count() ? text.lines()[layout.body_end].span.begin : text.text().size()};
        auto references = find_references(text, cited, localities, record.number_symbol);
        for (std::size_t i = 0; i < references.size(); ++i) {
            record.references.push_back(references[i].value);
            evidence.add("references[" + std::to_string(i) + "]", references[i]);
        }
        TextSpan body{layout.body_begin < text.line_count() ? text.lines()[layout.body_begin].span.begin : cited.end, cited.end};
        RoleContext role_context;
        role_context.narrative = record.doc_type == "BC";
        role_context.is_issuer = [issuer = folded(record.issuer)](const std::string& name) {
            // "Ủy ban nhân dân huyện" names the issuer "Ủy ban nhân dân huyện Thọ Xuân"; "UBND huyện" too.
            std::string n = folded(expand_abbreviations(name));
            return !n.empty() && issuer.rfind(n, 0) == 0 && (issuer.size() == n.size() || issuer[n.size()] == ' ');
        };
        auto roles = find_roles(text, body, role_context);
        for (std::size_t i = 0; i < roles.size(); ++i) {
            record.responsible_bodies.push_back({roles[i].name, roles[i].role});
            evidence.add("responsible_bodies[" + std::to_string(i) + "]", roles[i].span, 0.8, roles[i].rule);
        }
        auto deadlines = extract_deadlines(text, body, record.issued_date, roles);
        for (std::size_t i = 0; i < deadlines.size(); ++i) {
            record.deadlines.push_back(deadlines[i].value);
            evidence.add("deadlines[" + std::to_string(i) + "]", deadlines[i]);
        }
        auto recipients = find_recipients(text, layout);
        for (std::size_t i = 0; i < recipients.size(); ++i) {
            record.recipients.push_back(recipients[i].value);
            evidence.add("recipients[" + std::to_string(i) + "]", recipients[i]);
        }
        bool complete = !record.doc_type.empty() && !record.number_symbol.empty() && record.issued_date &&
                        !record.issuer.empty();
        if (!complete && record.status == Status::ok) record.status = Status::partial;
    }
};

}  // namespace

std::unique_ptr<FieldExtractor> make_field_extractor() { return std::make_unique<RuleFieldExtractor>(); }

}  // namespace vbtrack
