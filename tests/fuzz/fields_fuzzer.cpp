// The whole field extractor, as the pipeline runs it on a plain-text document
// (normalized, one paragraph per line; a form feed starts a new page): the
// record serializes to JSON (nlohmann refuses invalid UTF-8, and the store
// writes every record), the issue date and reference and deadline dates are
// real ISO days, and every evidence span lies inside the record's text.
#include <nlohmann/json.hpp>

#include "extractors/extract.hpp"
#include "normalizers/normalize_text.hpp"
#include "tests/fuzz/fuzz_checks.hpp"

namespace {

vbtrack::Document plain_document(const std::string& text) {
    vbtrack::Document document;
    int page = 1;
    for (std::size_t begin = 0; begin <= text.size();) {
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        std::string line = text.substr(begin, end - begin);
        if (!line.empty() && line.front() == '\f') {
            ++page;
            line.erase(0, 1);
        }
        if (!line.empty()) {
            vbtrack::Paragraph paragraph;
            paragraph.raw_text = paragraph.text = line;
            paragraph.page = page;
            document.paragraphs.push_back(std::move(paragraph));
        }
        begin = end + 1;
    }
    for (int n = 1; n <= page; ++n) document.pages.push_back(vbtrack::Page{n, vbtrack::TextSource::text_layer, false, "plain text", -1});
    return document;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using vbtrack::fuzz::check;
    using vbtrack::fuzz::is_iso_date;
    static const auto extractor = vbtrack::make_field_extractor();
    const auto document = plain_document(vbtrack::normalize_text(vbtrack::fuzz::as_text(data, size)));
    vbtrack::Record record;
    record.text = document.text();
    extractor->extract(document, record);

    if (record.issued_date) check(is_iso_date(*record.issued_date));
    for (const auto& reference : record.references)
        if (reference.date) check(is_iso_date(*reference.date));
    for (const auto& deadline : record.deadlines) {
        if (deadline.date) check(is_iso_date(*deadline.date));
        if (deadline.due) check(is_iso_date(*deadline.due));
    }
    for (const auto& [field, evidence] : record.evidence)
        check(evidence.span_begin <= evidence.span_end && evidence.span_end <= record.text.size());
    nlohmann::json json = record;
    check(!json.dump().empty());
    return 0;
}
