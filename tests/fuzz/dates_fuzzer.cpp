// The date parser on any text: every date it finds is a real calendar day, its
// span lies inside the text at or after where the search began, and reading
// the date again where its span begins gives the same day (when it fits the
// window date_at reads).
#include "extractors/dates.hpp"
#include "tests/fuzz/fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using vbtrack::fuzz::check;
    const std::string_view text = vbtrack::fuzz::as_text(data, size);
    constexpr std::size_t kBase = 1000;  // offsets must come back shifted by exactly this
    std::size_t from = 0;
    while (auto found = vbtrack::find_date(text, from, kBase)) {
        const auto& [value, span, confidence, rule] = *found;
        check(span.begin >= kBase + from && span.begin < span.end && span.end <= kBase + text.size());
        check(vbtrack::fuzz::is_real_date(value.year, value.month, value.day));
        check(vbtrack::fuzz::is_iso_date(value.iso()));
        check(confidence >= 0 && confidence <= 1);
        // date_at reads a window of 64 bytes (a written date is far shorter;
        // only unnormalized runs of spaces stretch one past it).
        if (span.end - span.begin < 64) {
            const auto again = vbtrack::date_at(text, span.begin - kBase);
            check(again && again->value.year == value.year && again->value.month == value.month &&
                  again->value.day == value.day);
        }
        from = span.end - kBase;
    }
    if (auto at_start = vbtrack::date_at(text, 0)) {
        check(vbtrack::fuzz::is_real_date(at_start->value.year, at_start->value.month, at_start->value.day));
        check(at_start->span.end <= text.size());
    }
    return 0;
}
