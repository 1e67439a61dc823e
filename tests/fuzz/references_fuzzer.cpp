// Citations ("Quyết định số 1859-QĐ/TU ngày 09/4/2019 của ...") in any text:
// each span lies in the searched range, each date is a real ISO day, each
// citation has a number symbol, and for UTF-8 input every field is UTF-8.
#include "extractors/references.hpp"
#include "tests/fuzz/fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using vbtrack::fuzz::check;
    using vbtrack::fuzz::is_valid_utf8;
    const auto text = vbtrack::DocumentText::from_plain(vbtrack::fuzz::as_text(data, size));
    const bool utf8_input = is_valid_utf8(text.text());
    // The citing document's places, as the issuer finder would give them.
    const auto localities = vbtrack::localities_in("Ủy ban nhân dân huyện Sơn Vi, tỉnh Bắc Giang");
    const vbtrack::TextSpan all{0, text.text().size()};
    for (const auto& found : vbtrack::find_references(text, all, localities, "01/KH-UBND")) {
        check(found.span.begin < found.span.end && found.span.end <= all.end);
        const auto& reference = found.value;
        check(!reference.number_symbol.empty());
        if (reference.date) check(vbtrack::fuzz::is_iso_date(*reference.date));
        if (utf8_input)
            check(is_valid_utf8(reference.doc_type) && is_valid_utf8(reference.number_symbol) && is_valid_utf8(reference.issuer));
    }
    return 0;
}
