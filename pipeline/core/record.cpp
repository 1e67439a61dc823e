#include "pipeline/core/record.hpp"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "pipeline/core/version.hpp"

namespace vbtrack {

using nlohmann::json;

std::string to_string(Status s) {
    switch (s) {
        case Status::ok: return "ok";
        case Status::partial: return "partial";
        case Status::failed: return "failed";
        case Status::duplicate: return "duplicate";
    }
    return "failed";
}

Status status_from_string(const std::string& s) {
    if (s == "ok") return Status::ok;
    if (s == "partial") return Status::partial;
    if (s == "failed") return Status::failed;
    if (s == "duplicate") return Status::duplicate;
    throw std::invalid_argument("unknown record status '" + s + "'");
}

std::string to_string(DeadlineKind k) {
    switch (k) {
        case DeadlineKind::absolute: return "absolute";
        case DeadlineKind::recurring: return "recurring";
        case DeadlineKind::relative: return "relative";
    }
    return "absolute";
}

namespace {

DeadlineKind kind_from_string(const std::string& s) {
    if (s == "recurring") return DeadlineKind::recurring;
    if (s == "relative") return DeadlineKind::relative;
    return DeadlineKind::absolute;
}

Format format_from_string(const std::string& s) {
    for (Format f : {Format::docx, Format::doc, Format::pdf, Format::image, Format::txt})
        if (to_string(f) == s) return f;
    return Format::unknown;
}

TextSource text_source_from_string(const std::string& s) {
    if (s == "ocr") return TextSource::ocr;
    if (s == "mixed") return TextSource::mixed;
    return TextSource::text_layer;
}

template <class T>
json optional_json(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

// A field the extractors did not find is null, as in the gold records, not "".
json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

template <class T>
std::optional<T> optional_from(const json& j, const char* key) {
    if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
    return j.at(key).get<T>();
}

std::string string_or_empty(const json& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? std::string() : it->get<std::string>();
}

json deadline_json(const Deadline& d) {
    json offset = nullptr;
    if (d.offset) {
        offset = {{"days", d.offset->days}, {"working_days", d.offset->working_days}, {"after", d.offset->after}};
        // The gold format names the event "before" when the term counts back from it.
        if (d.offset->before) offset["before"] = d.offset->after;
        if (d.offset->months) offset["months"] = d.offset->months;
    }
    return {{"text", d.text},         {"kind", to_string(d.kind)},
            {"date", optional_json(d.date)}, {"month_day", optional_json(d.month_day)},
            {"offset", offset},       {"due", optional_json(d.due)},
            {"inferred_year", d.inferred_year},
            {"task", d.task},         {"responsible", d.responsible}};
}

Deadline deadline_from(const json& j) {
    Deadline d;
    d.text = string_or_empty(j, "text");
    d.kind = kind_from_string(string_or_empty(j, "kind"));
    d.date = optional_from<std::string>(j, "date");
    d.month_day = optional_from<std::string>(j, "month_day");
    if (j.contains("offset") && j["offset"].is_object()) {
        const auto& o = j["offset"];
        bool before = o.contains("before");
        std::string event = string_or_empty(o, "after");
        if (event.empty() && before) event = string_or_empty(o, "before");
        d.offset = DeadlineOffset{o.value("days", 0), o.value("working_days", false), event, before, o.value("months", 0)};
    }
    d.due = optional_from<std::string>(j, "due");
    d.inferred_year = j.value("inferred_year", false);
    d.task = string_or_empty(j, "task");
    if (j.contains("responsible")) d.responsible = j["responsible"].get<std::vector<std::string>>();
    return d;
}

}  // namespace

void to_json(json& j, const Record& r) {
    json evidence = json::object();
    for (const auto& [field, e] : r.evidence)
        evidence[field] = {{"page", e.page},
                           {"span", {e.span_begin, e.span_end}},
                           {"source", e.source},
                           {"confidence", e.confidence},
                           {"rule", e.rule}};
    json references = json::array();
    for (const auto& ref : r.references)
        references.push_back({{"doc_type", ref.doc_type},
                              {"number_symbol", ref.number_symbol},
                              {"date", optional_json(ref.date)},
                              {"issuer", ref.issuer}});
    json deadlines = json::array();
    for (const auto& d : r.deadlines) deadlines.push_back(deadline_json(d));
    json bodies = json::array();
    for (const auto& b : r.responsible_bodies) bodies.push_back({{"name", b.name}, {"role", b.role}});
    json signer = nullptr;
    if (r.signer) signer = {{"name", text_or_null(r.signer->name)},
                  {"position", text_or_null(r.signer->position)},
                  {"authority", text_or_null(r.signer->authority)}};

    j = {{"id", r.id},
         {"source",
          {{"path", r.source.path},
           {"sha256", r.source.sha256},
           {"size", r.source.size},
           {"format", to_string(r.source.format)},
           {"pages", r.pages},
           {"text_source", to_string(r.text_source)}}},
         {"status", to_string(r.status)},
         {"errors", r.errors},
         {"duplicate_of", optional_json(r.duplicate_of)},
         {"regime", text_or_null(r.regime)},
         {"doc_type", text_or_null(r.doc_type)},
         {"doc_type_name", text_or_null(r.doc_type_name)},
         {"number_symbol", text_or_null(r.number_symbol)},
         {"issuer", text_or_null(r.issuer)},
         {"issuer_lines", r.issuer_lines},
         {"place", text_or_null(r.place)},
         {"issued_date", optional_json(r.issued_date)},
         {"title", text_or_null(r.title)},
         {"signer", signer},
         {"references", references},
         {"deadlines", deadlines},
         {"responsible_bodies", bodies},
         {"recipients", r.recipients},
         {"text", r.text},
         {"evidence", evidence},
         {"quality",
          {{"ocr_confidence", r.quality.ocr_confidence < 0 ? json(nullptr) : json(r.quality.ocr_confidence)},
           {"repaired_syllables", r.quality.repaired_syllables},
           {"unknown_syllables", r.quality.unknown_syllables},
           {"encoding", r.quality.encoding.empty() ? json(nullptr) : json(r.quality.encoding)}}},
         {"pipeline", {{"version", r.pipeline_version}, {"config_hash", r.config_hash}}}};
}

void from_json(const json& j, Record& r) {
    r = Record{};
    r.id = j.at("id").get<std::string>();
    const auto& s = j.at("source");
    r.source.path = string_or_empty(s, "path");
    r.source.sha256 = string_or_empty(s, "sha256");
    r.source.size = s.value("size", std::uintmax_t{0});
    r.source.format = format_from_string(string_or_empty(s, "format"));
    r.pages = s.value("pages", 0);
    r.text_source = text_source_from_string(string_or_empty(s, "text_source"));
    r.status = status_from_string(j.at("status").get<std::string>());
    if (j.contains("errors")) r.errors = j["errors"].get<std::vector<std::string>>();
    r.duplicate_of = optional_from<std::string>(j, "duplicate_of");
    r.regime = string_or_empty(j, "regime");
    r.doc_type = string_or_empty(j, "doc_type");
    r.doc_type_name = string_or_empty(j, "doc_type_name");
    r.number_symbol = string_or_empty(j, "number_symbol");
    r.issuer = string_or_empty(j, "issuer");
    if (j.contains("issuer_lines")) r.issuer_lines = j["issuer_lines"].get<std::vector<std::string>>();
    r.place = string_or_empty(j, "place");
    r.issued_date = optional_from<std::string>(j, "issued_date");
    r.title = string_or_empty(j, "title");
    if (j.contains("signer") && j["signer"].is_object())
        r.signer = Signer{string_or_empty(j["signer"], "name"), string_or_empty(j["signer"], "position"),
                          string_or_empty(j["signer"], "authority")};
    for (const auto& ref : j.value("references", json::array()))
        r.references.push_back({string_or_empty(ref, "doc_type"), string_or_empty(ref, "number_symbol"),
                                optional_from<std::string>(ref, "date"), string_or_empty(ref, "issuer")});
    for (const auto& d : j.value("deadlines", json::array())) r.deadlines.push_back(deadline_from(d));
    for (const auto& b : j.value("responsible_bodies", json::array()))
        r.responsible_bodies.push_back({string_or_empty(b, "name"), string_or_empty(b, "role")});
    if (j.contains("recipients")) r.recipients = j["recipients"].get<std::vector<std::string>>();
    r.text = string_or_empty(j, "text");
    // Named: items() of a temporary would dangle inside the loop.
    const json evidence = j.value("evidence", json::object());
    for (const auto& [field, e] : evidence.items()) {
        Evidence ev;
        ev.page = e.value("page", 1);
        ev.span_begin = e.at("span").at(0).get<std::size_t>();
        ev.span_end = e.at("span").at(1).get<std::size_t>();
        ev.source = string_or_empty(e, "source");
        ev.confidence = e.value("confidence", 1.0);
        ev.rule = string_or_empty(e, "rule");
        r.evidence[field] = ev;
    }
    if (j.contains("quality")) {
        const auto& q = j["quality"];
        r.quality.ocr_confidence = q.contains("ocr_confidence") && q["ocr_confidence"].is_number()
                                       ? q["ocr_confidence"].get<double>() : -1;
        r.quality.repaired_syllables = q.value("repaired_syllables", 0);
        r.quality.unknown_syllables = q.value("unknown_syllables", 0);
        r.quality.encoding = string_or_empty(q, "encoding");
    }
    if (j.contains("pipeline")) {
        r.pipeline_version = string_or_empty(j["pipeline"], "version");
        r.config_hash = string_or_empty(j["pipeline"], "config_hash");
    }
}

Record failed_record(const SourceInfo& source, const std::string& error) {
    Record r;
    r.id = source.sha256;
    r.source = source;
    r.status = Status::failed;
    r.errors.push_back(error);
    r.pipeline_version = kPipelineVersion;
    return r;
}

}  // namespace vbtrack
