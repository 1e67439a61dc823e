// Document metadata in the shape of edXML (QCVN 102:2016/BTTTT), the format
// Vietnamese agencies exchange documents in: one edXMLEnvelope per record with
// the MessageHeader fields the record has. Fields the record cannot know
// (OrganId, the numeric DocumentType/Type, DocumentId, TraceHeaderList) are
// left out rather than invented, so the output is "edXML-style", not a
// message ready to send.
#include <cctype>
#include <chrono>

#include <pugixml.hpp>

#include "pipeline/export/calendar_date.hpp"
#include "pipeline/export/exporter.hpp"

namespace vbtrack {

namespace {

constexpr const char* kEdxmlNamespace = "http://www.e-doc.vn/Schema/";

struct SplitCode {
    std::string number, notation;
};

// "01/KH-VPUB" (state) and "41-KH/HU" (party) → number "01"/"41", notation the rest.
SplitCode split_number_symbol(const std::string& number_symbol) {
    std::size_t digits = 0;
    while (digits < number_symbol.size() && std::isdigit(static_cast<unsigned char>(number_symbol[digits]))) ++digits;
    if (digits == 0 || digits == number_symbol.size() ||
        (number_symbol[digits] != '/' && number_symbol[digits] != '-'))
        return {"", number_symbol};
    return {number_symbol.substr(0, digits), number_symbol.substr(digits + 1)};
}

void add_text(pugi::xml_node parent, const char* name, const std::string& value) {
    parent.append_child(name).text().set(value.c_str());
}

// The earliest date among the absolute deadlines: the document's processing deadline.
std::optional<std::string> earliest_due(const Record& r) {
    std::optional<Date> earliest;
    for (const auto& d : r.deadlines) {
        auto due = d.due ? parse_iso_date(*d.due) : d.date ? parse_iso_date(*d.date) : std::nullopt;
        if (due && (!earliest || std::chrono::sys_days{*due} < std::chrono::sys_days{*earliest})) earliest = due;
    }
    return earliest ? std::optional(to_iso(*earliest)) : std::nullopt;
}

void add_message_header(pugi::xml_node envelope, const Record& r) {
    auto header = envelope.append_child("edXML:edXMLHeader").append_child("edXML:MessageHeader");
    auto from = header.append_child("edXML:From");
    // The header lines name the parent body first, then the issuer.
    if (r.issuer_lines.size() > 1) add_text(from, "edXML:OrganizationInCharge", r.issuer_lines.front());
    add_text(from, "edXML:OrganName", r.issuer);

    if (!r.number_symbol.empty()) {
        auto code = header.append_child("edXML:Code");
        auto split = split_number_symbol(r.number_symbol);
        add_text(code, "edXML:CodeNumber", split.number);
        add_text(code, "edXML:CodeNotation", split.notation);
    }
    auto promulgation = header.append_child("edXML:PromulgationInfo");
    add_text(promulgation, "edXML:Place", r.place);
    add_text(promulgation, "edXML:PromulgationDate", r.issued_date.value_or(""));

    add_text(header.append_child("edXML:DocumentType"), "edXML:TypeName", r.doc_type_name);
    add_text(header, "edXML:Subject", r.title);
    if (r.signer) {
        auto signer = header.append_child("edXML:SignerInfo");
        add_text(signer, "edXML:Competence", r.signer->authority);
        add_text(signer, "edXML:Position", r.signer->position);
        add_text(signer, "edXML:FullName", r.signer->name);
    }
    if (auto due = earliest_due(r)) add_text(header, "edXML:DueDate", *due);
    if (!r.recipients.empty()) {
        auto places = header.append_child("edXML:ToPlaces");
        for (const auto& recipient : r.recipients) add_text(places, "edXML:Place", recipient);
    }
    if (r.pages > 0) add_text(header.append_child("edXML:OtherInfo"), "edXML:PageAmount", std::to_string(r.pages));
}

class EdxmlExporter final : public Exporter {
public:
    void write(const std::vector<Record>& records, std::ostream& out) const override {
        pugi::xml_document doc;
        auto decl = doc.append_child(pugi::node_declaration);
        decl.append_attribute("version") = "1.0";
        decl.append_attribute("encoding") = "UTF-8";
        auto root = doc.append_child("documents");
        root.append_attribute("xmlns:edXML") = kEdxmlNamespace;
        root.append_attribute("generator") = "vbtrack";
        for (const auto& record : records) {
            // A failed record has no metadata to exchange.
            if (record.status == Status::failed) continue;
            auto envelope = root.append_child("edXML:edXMLEnvelope");
            envelope.append_attribute("id") = record.id.c_str();
            add_message_header(envelope, record);
        }
        doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_edxml_exporter() { return std::make_unique<EdxmlExporter>(); }

}  // namespace vbtrack
